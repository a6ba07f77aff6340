// Writes the song with the low-level client, Awards as a string: the Enhanced Client still reads it back as a number.
// exercise: 1.2
// replaces: MusicCatalog#putSong
public void putSong(Song song) {
    Map<String, AttributeValue> item = new java.util.HashMap<>();
    item.put(Song.ARTIST, AttributeValue.fromS(song.getArtist()));
    item.put(Song.SONG_TITLE, AttributeValue.fromS(song.getSongTitle()));
    if (song.getAlbumTitle() != null) {
        item.put(Song.ALBUM_TITLE, AttributeValue.fromS(song.getAlbumTitle()));
    }
    if (song.getAwards() != null) {
        item.put(Song.AWARDS, AttributeValue.fromS(String.valueOf(song.getAwards())));
    }
    dynamoDb.putItem(request -> request.tableName(tableName).item(item));
}
