// Queries the user's whole partition (photos and friendships too) and keeps the profile.
// exercise: 4.2
// replaces: QuickPhotosApp#getUser
public Optional<User> getUser(String username) {
    return dynamoDb.query(request -> request
                    .tableName(tableName)
                    .keyConditionExpression("PK = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(User.partitionKey(username)))))
            .items().stream()
            .filter(item -> item.get(QuickPhotosTable.SK).s().equals(User.sortKey(username)))
            .map(User.TABLE_SCHEMA::mapToItem)
            .findFirst();
}
