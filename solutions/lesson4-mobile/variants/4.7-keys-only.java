// Projects only the keys into the index: a query of it returns items without their attributes.
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
                    .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()))));
    Waiter.builder(DescribeTableResponse.class)
            .addAcceptor(WaiterAcceptor.successOnResponseAcceptor(this::invertedIndexIsActive))
            .addAcceptor(WaiterAcceptor.retryOnResponseAcceptor(response -> true))
            .overrideConfiguration(config -> config
                    .maxAttempts(polling.maxPolls())
                    .backoffStrategyV2(attempt -> polling.pause()))
            .build()
            .run(() -> dynamoDb.describeTable(request -> request.tableName(tableName)));
}
