// Writes every field, and an unset one as a NULL-typed attribute rather than leaving it out.
// exercise: 1.2
// replaces: MusicCatalog#putSong
public void putSong(Song song) {
    AttributeValue none = AttributeValue.builder().nul(true).build();
    Map<String, AttributeValue> item = new java.util.HashMap<>();
    item.put(Song.ARTIST, AttributeValue.fromS(song.getArtist()));
    item.put(Song.SONG_TITLE, AttributeValue.fromS(song.getSongTitle()));
    item.put(Song.ALBUM_TITLE, song.getAlbumTitle() == null ? none : AttributeValue.fromS(song.getAlbumTitle()));
    item.put(Song.AWARDS, song.getAwards() == null ? none : AttributeValue.fromN(song.getAwards().toString()));
    dynamoDb.putItem(request -> request.tableName(tableName).item(item));
}
