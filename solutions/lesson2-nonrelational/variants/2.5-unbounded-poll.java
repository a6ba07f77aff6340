// Polls until the index is ACTIVE however long that takes: a stuck index hangs the program instead of failing.
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
    while (dynamoDb.describeTable(request -> request.tableName(tableName)).table()
            .globalSecondaryIndexes().stream()
            .noneMatch(index -> index.indexName().equals(categoryIndexName)
                    && index.indexStatus() == IndexStatus.ACTIVE)) {
        pause(polling.pause().toMillis());
    }
}
