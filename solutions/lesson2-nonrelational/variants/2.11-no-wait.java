// Deletes the table but returns without waiting until it is gone.
// exercise: 2.11
// replaces: BookCatalog#deleteTable
public void deleteTable(Polling polling) {
    dynamoDb.deleteTable(request -> request.tableName(tableName));
}
