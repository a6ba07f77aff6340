// Polls until the index is ACTIVE however long that takes: a stuck index hangs the program instead of failing.
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
    while (!invertedIndexIsActive(dynamoDb.describeTable(request -> request.tableName(tableName)))) {
        pause(polling.pause());
    }
}
