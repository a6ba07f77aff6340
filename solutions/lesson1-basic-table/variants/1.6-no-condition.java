// Updates without the condition that the song exists: creates a half-empty song for a missing key.
// exercise: 1.6
// replaces: MusicCatalog#updateAlbumTitle
public void updateAlbumTitle(String artist, String songTitle, String albumTitle) {
    dynamoDb.updateItem(request -> request
            .tableName(tableName)
            .key(Map.of(Song.ARTIST, AttributeValue.fromS(artist), Song.SONG_TITLE, AttributeValue.fromS(songTitle)))
            .updateExpression("SET #album = :album")
            .expressionAttributeNames(Map.of("#album", Song.ALBUM_TITLE))
            .expressionAttributeValues(Map.of(":album", AttributeValue.fromS(albumTitle))));
}
