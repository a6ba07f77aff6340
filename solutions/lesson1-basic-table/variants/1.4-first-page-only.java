// Sends one Query and maps its items: the songs past the first 1 MB page are lost.
// exercise: 1.4
// replaces: MusicCatalog#songsBy
public List<Song> songsBy(String artist) {
    return dynamoDb.query(request -> request
                    .tableName(tableName)
                    .keyConditionExpression("Artist = :artist")
                    .expressionAttributeValues(Map.of(":artist", AttributeValue.fromS(artist))))
            .items().stream().map(Song.TABLE_SCHEMA::mapToItem).toList();
}
