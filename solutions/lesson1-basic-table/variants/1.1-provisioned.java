// Creates the table with provisioned capacity instead of on-demand billing.
// exercise: 1.1
// replaces: MusicCatalog#createTable
public void createTable() {
    dynamoDb.createTable(request -> request
            .tableName(tableName)
            .keySchema(key(Song.ARTIST, KeyType.HASH), key(Song.SONG_TITLE, KeyType.RANGE))
            .attributeDefinitions(stringAttribute(Song.ARTIST), stringAttribute(Song.SONG_TITLE))
            .provisionedThroughput(throughput -> throughput.readCapacityUnits(5L).writeCapacityUnits(5L)));
    dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(tableName));
}
