// Creates the table with provisioned capacity instead of on-demand billing.
// exercise: 1.1
// replaces: MusicCatalog#createTable
public void createTable(Polling polling) {
    dynamoDb.createTable(request -> request
            .tableName(tableName)
            .keySchema(key(Song.ARTIST, KeyType.HASH), key(Song.SONG_TITLE, KeyType.RANGE))
            .attributeDefinitions(stringAttribute(Song.ARTIST), stringAttribute(Song.SONG_TITLE))
            .provisionedThroughput(throughput -> throughput.readCapacityUnits(5L).writeCapacityUnits(5L)));
    try (DynamoDbWaiter waiter = waiter(polling)) {
        waiter.waitUntilTableExists(request -> request.tableName(tableName));
    }
}
