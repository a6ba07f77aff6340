// Writes the song with the low-level client and leaves Awards out unless the song has won some: a song with 0 awards
// reads back with no awards at all (null), as if nobody knew.
// exercise: 1.2
// replaces: MusicCatalog#putSong
public void putSong(Song song) {
    Map<String, AttributeValue> item = new java.util.HashMap<>();
    item.put(Song.ARTIST, AttributeValue.fromS(song.getArtist()));
    item.put(Song.SONG_TITLE, AttributeValue.fromS(song.getSongTitle()));
    if (song.getAlbumTitle() != null) {
        item.put(Song.ALBUM_TITLE, AttributeValue.fromS(song.getAlbumTitle()));
    }
    if (song.getAwards() != null && song.getAwards() > 0) {
        item.put(Song.AWARDS, AttributeValue.fromN(song.getAwards().toString()));
    }
    dynamoDb.putItem(request -> request.tableName(tableName).item(item));
}
