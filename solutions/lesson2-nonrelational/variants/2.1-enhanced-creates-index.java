// Creates the table with the Enhanced Client, which also creates the CategoryIndex that Book's annotations declare.
// exercise: 2.1
// replaces: BookCatalog#createTable
public void createTable(Polling polling) {
    books.createTable();
    try (DynamoDbWaiter waiter = waiter(polling)) {
        waiter.waitUntilTableExists(request -> request.tableName(tableName));
    }
}
