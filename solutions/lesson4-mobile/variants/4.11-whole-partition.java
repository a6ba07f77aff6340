// Queries the user's whole partition and keeps the friendships in Java: reads the profile and every photo too.
// exercise: 4.11
// replaces: QuickPhotosApp#findFollowers
public List<Friendship> findFollowers(String username) {
    return queryAll(QueryRequest.builder()
            .tableName(tableName)
            .keyConditionExpression("PK = :pk")
            .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(User.partitionKey(username))))
            .build())
            .stream()
            .filter(item -> item.get(QuickPhotosTable.SK).s().startsWith(QuickPhotosTable.FRIEND_PREFIX))
            .map(Friendship.TABLE_SCHEMA::mapToItem)
            .toList();
}
