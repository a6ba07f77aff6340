// Sends the right Query on the index once and ignores its LastEvaluatedKey: past 1 MB of reactions, which sort
// before the photo, the photo itself is missing.
// exercise: 4.8
// replaces: QuickPhotosApp#fetchPhotoAndReactions
public Optional<PhotoAndReactions> fetchPhotoAndReactions(String owner, String timestamp) {
    QueryResponse response = dynamoDb.query(request -> request
            .tableName(tableName)
            .indexName(invertedIndexName)
            .keyConditionExpression("SK = :photo AND PK BETWEEN :reactions AND :user")
            .expressionAttributeValues(Map.of(
                    ":photo", AttributeValue.fromS(Photo.sortKey(owner, timestamp)),
                    ":reactions", AttributeValue.fromS(QuickPhotosTable.REACTION_PREFIX),
                    ":user", AttributeValue.fromS("USER$"))));
    return PhotoAndReactions.fromItems(response.items());
}
