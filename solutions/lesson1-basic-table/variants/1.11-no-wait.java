// Deletes the table but returns while it is still DELETING.
// exercise: 1.11
// replaces: MusicCatalog#deleteTable
public void deleteTable(Polling polling) {
    dynamoDb.deleteTable(request -> request.tableName(tableName));
}
