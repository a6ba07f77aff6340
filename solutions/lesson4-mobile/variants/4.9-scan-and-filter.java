// Scans the whole table for the friendships of the follower: reads every item instead of one index partition.
// exercise: 4.9
// replaces: QuickPhotosApp#findFollowing
public List<Friendship> findFollowing(String username) {
    return dynamoDb.scanPaginator(request -> request
                    .tableName(tableName)
                    .filterExpression("SK = :friend")
                    .expressionAttributeValues(Map.of(":friend", AttributeValue.fromS(Friendship.sortKey(username)))))
            .items().stream().map(Friendship.TABLE_SCHEMA::mapToItem).toList();
}
