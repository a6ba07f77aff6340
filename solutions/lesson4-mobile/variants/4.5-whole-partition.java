// Queries the whole partition and drops the friendship items in Java: one request, but it reads every friendship.
// exercise: 4.5
// replaces: QuickPhotosApp#fetchUserAndPhotos
public Optional<UserAndPhotos> fetchUserAndPhotos(String username) {
    List<Map<String, AttributeValue>> items = dynamoDb.query(request -> request
                    .tableName(tableName)
                    .keyConditionExpression("PK = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(User.partitionKey(username)))))
            .items().stream()
            .filter(item -> !item.get(QuickPhotosTable.SK).s().startsWith(QuickPhotosTable.FRIEND_PREFIX))
            .toList();
    return UserAndPhotos.fromItems(items);
}
