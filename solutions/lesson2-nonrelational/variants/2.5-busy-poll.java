// Polls DescribeTable as fast as it can, without pausing between polls.
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
    for (int poll = 1; poll <= polling.maxPolls(); poll++) {
        boolean active = dynamoDb.describeTable(request -> request.tableName(tableName)).table()
                .globalSecondaryIndexes().stream()
                .anyMatch(index -> index.indexName().equals(categoryIndexName)
                        && index.indexStatus() == IndexStatus.ACTIVE);
        if (active) {
            return;
        }
    }
    throw new IllegalStateException("Index " + categoryIndexName + " is not ACTIVE after " + polling.maxPolls()
            + " polls");
}
