// Sends the right Query once and ignores its LastEvaluatedKey: past 1 MB of followers, the later ones are missing.
// exercise: 4.11
// replaces: QuickPhotosApp#findFollowers
public List<Friendship> findFollowers(String username) {
    return dynamoDb.query(request -> request
                    .tableName(tableName)
                    .keyConditionExpression("PK = :pk AND begins_with(SK, :friends)")
                    .expressionAttributeValues(Map.of(
                            ":pk", AttributeValue.fromS(User.partitionKey(username)),
                            ":friends", AttributeValue.fromS(QuickPhotosTable.FRIEND_PREFIX))))
            .items().stream().map(Friendship.TABLE_SCHEMA::mapToItem).toList();
}
