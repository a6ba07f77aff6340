// Adds the index and returns at once: on AWS the index is still CREATING, and querying it fails.
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
}
