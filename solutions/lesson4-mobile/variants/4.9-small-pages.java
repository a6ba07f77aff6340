// Pages through the friendships 25 at a time: the right result, in a request per 25 items where one per 1 MB does.
// exercise: 4.9
// replaces: QuickPhotosApp#findFollowing
public List<Friendship> findFollowing(String username) {
    return queryAll(QueryRequest.builder()
            .tableName(tableName)
            .indexName(invertedIndexName)
            .keyConditionExpression("SK = :friend")
            .expressionAttributeValues(Map.of(":friend", AttributeValue.fromS(Friendship.sortKey(username))))
            .limit(25)
            .build())
            .stream().map(Friendship.TABLE_SCHEMA::mapToItem).toList();
}
