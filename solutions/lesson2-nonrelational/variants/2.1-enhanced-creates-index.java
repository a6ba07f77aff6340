// Creates the table with the Enhanced Client, which also creates the CategoryIndex that Book's annotations declare.
// exercise: 2.1
// replaces: BookCatalog#createTable
public void createTable() {
    books.createTable();
    dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(tableName));
}
