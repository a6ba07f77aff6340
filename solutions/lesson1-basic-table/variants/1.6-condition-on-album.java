// Checks that the song exists with a condition on AlbumTitle, which a song may lack.
// exercise: 1.6
// replaces: MusicCatalog#updateAlbumTitle
public void updateAlbumTitle(String artist, String songTitle, String albumTitle) {
    try {
        dynamoDb.updateItem(request -> request
                .tableName(tableName)
                .key(Map.of(Song.ARTIST, AttributeValue.fromS(artist), Song.SONG_TITLE, AttributeValue.fromS(songTitle)))
                .updateExpression("SET #album = :album")
                .conditionExpression("attribute_exists(#album)")
                .expressionAttributeNames(Map.of("#album", Song.ALBUM_TITLE))
                .expressionAttributeValues(Map.of(":album", AttributeValue.fromS(albumTitle))));
    } catch (ConditionalCheckFailedException e) {
        throw new SongNotFoundException(artist, songTitle, e);
    }
}
