// Ends the range of the index's sort key at "USER#" itself: the photo's PK (USER#<owner>) sorts after it, so the
// Query finds the reactions but never the photo, and the photo reads as missing.
// exercise: 4.8
// replaces: QuickPhotosApp#fetchPhotoAndReactions
public Optional<PhotoAndReactions> fetchPhotoAndReactions(String owner, String timestamp) {
    List<Map<String, AttributeValue>> items = queryAll(QueryRequest.builder()
            .tableName(tableName)
            .indexName(invertedIndexName)
            .keyConditionExpression("SK = :photo AND PK BETWEEN :reactions AND :user")
            .expressionAttributeValues(Map.of(
                    ":photo", AttributeValue.fromS(Photo.sortKey(owner, timestamp)),
                    ":reactions", AttributeValue.fromS(QuickPhotosTable.REACTION_PREFIX),
                    ":user", AttributeValue.fromS(QuickPhotosTable.USER_PREFIX)))
            .build());
    return PhotoAndReactions.fromItems(items);
}
