// Creates the table with provisioned capacity, as the tutorial's script does, instead of on-demand billing.
// exercise: 2.1
// replaces: BookCatalog#createTable
public void createTable(Polling polling) {
    dynamoDb.createTable(request -> request
            .tableName(tableName)
            .keySchema(key(Book.AUTHOR, KeyType.HASH), key(Book.TITLE, KeyType.RANGE))
            .attributeDefinitions(stringAttribute(Book.AUTHOR), stringAttribute(Book.TITLE))
            .provisionedThroughput(throughput -> throughput.readCapacityUnits(5L).writeCapacityUnits(5L)));
    try (DynamoDbWaiter waiter = waiter(polling)) {
        waiter.waitUntilTableExists(request -> request.tableName(tableName));
    }
}
