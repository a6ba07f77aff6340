// Makes SongTitle the partition key and Artist the sort key: an artist's songs are then spread over the table.
// exercise: 1.1
// replaces: MusicCatalog#createTable
public void createTable(Polling polling) {
    dynamoDb.createTable(request -> request
            .tableName(tableName)
            .keySchema(key(Song.SONG_TITLE, KeyType.HASH), key(Song.ARTIST, KeyType.RANGE))
            .attributeDefinitions(stringAttribute(Song.ARTIST), stringAttribute(Song.SONG_TITLE))
            .billingMode(BillingMode.PAY_PER_REQUEST));
    try (DynamoDbWaiter waiter = waiter(polling)) {
        waiter.waitUntilTableExists(request -> request.tableName(tableName));
    }
}
