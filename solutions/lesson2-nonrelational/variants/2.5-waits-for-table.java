// Waits with waitUntilTableExists, which looks at the table's status only: the table is ACTIVE, the index is not.
// exercise: 2.5
// replaces: BookCatalog#addCategoryIndex
public void addCategoryIndex(Polling polling) {
    GlobalSecondaryIndexUpdate addIndex = GlobalSecondaryIndexUpdate.builder().create(index -> index
                    .indexName(categoryIndexName)
                    .keySchema(key(Book.CATEGORY, KeyType.HASH))
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build()))
            .build();
    dynamoDb.updateTable(request -> request
            .tableName(tableName)
            .attributeDefinitions(stringAttribute(Book.CATEGORY))
            .globalSecondaryIndexUpdates(addIndex));
    dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(tableName));
}
