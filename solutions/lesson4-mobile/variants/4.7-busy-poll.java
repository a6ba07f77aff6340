// Polls DescribeTable as fast as it can, without pausing between polls.
// exercise: 4.7
// replaces: QuickPhotosApp#addInvertedIndex
public void addInvertedIndex(Polling polling) {
    dynamoDb.updateTable(request -> request
            .tableName(tableName)
            .attributeDefinitions(QuickPhotosTable.stringAttribute(QuickPhotosTable.PK),
                    QuickPhotosTable.stringAttribute(QuickPhotosTable.SK))
            .globalSecondaryIndexUpdates(update -> update.create(index -> index
                    .indexName(invertedIndexName)
                    .keySchema(QuickPhotosTable.key(QuickPhotosTable.SK, KeyType.HASH),
                            QuickPhotosTable.key(QuickPhotosTable.PK, KeyType.RANGE))
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build()))));
    for (int poll = 1; poll <= polling.maxPolls(); poll++) {
        if (invertedIndexIsActive(dynamoDb.describeTable(request -> request.tableName(tableName)))) {
            return;
        }
    }
    throw new IllegalStateException("Index " + invertedIndexName + " is not ACTIVE after " + polling.maxPolls()
            + " polls");
}
