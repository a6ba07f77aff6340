// Declares every attribute of a book, as a relational schema would: DynamoDB accepts definitions of key attributes
// only, and rejects the table.
// exercise: 2.1
// replaces: BookCatalog#createTable
public void createTable(Polling polling) {
    dynamoDb.createTable(request -> request
            .tableName(tableName)
            .keySchema(key(Book.AUTHOR, KeyType.HASH), key(Book.TITLE, KeyType.RANGE))
            .attributeDefinitions(stringAttribute(Book.AUTHOR), stringAttribute(Book.TITLE),
                    stringAttribute(Book.CATEGORY), stringAttribute(Book.FORMATS))
            .billingMode(BillingMode.PAY_PER_REQUEST));
    try (DynamoDbWaiter waiter = waiter(polling)) {
        waiter.waitUntilTableExists(request -> request.tableName(tableName));
    }
}
