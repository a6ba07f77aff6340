// Creates the table but returns without waiting until it is ACTIVE.
// exercise: 2.1
// replaces: BookCatalog#createTable
public void createTable(Polling polling) {
    dynamoDb.createTable(request -> request
            .tableName(tableName)
            .keySchema(key(Book.AUTHOR, KeyType.HASH), key(Book.TITLE, KeyType.RANGE))
            .attributeDefinitions(stringAttribute(Book.AUTHOR), stringAttribute(Book.TITLE))
            .billingMode(BillingMode.PAY_PER_REQUEST));
}
