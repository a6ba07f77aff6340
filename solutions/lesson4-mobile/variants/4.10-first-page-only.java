// Reads the friendships with a single Query and no LastEvaluatedKey: past 1 MB of friendships, the later followed
// users are missing.
// exercise: 4.10
// replaces: QuickPhotosApp#findAndEnrichFollowing
public List<User> findAndEnrichFollowing(String username) {
    List<Map<String, AttributeValue>> keys = dynamoDb.query(request -> request
                    .tableName(tableName)
                    .indexName(invertedIndexName)
                    .keyConditionExpression("SK = :friend")
                    .expressionAttributeValues(Map.of(":friend", AttributeValue.fromS(Friendship.sortKey(username)))))
            .items().stream()
            .map(item -> User.keyAttributes(Friendship.TABLE_SCHEMA.mapToItem(item).getFollowedUser()))
            .toList();
    List<User> profiles = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += BATCH_GET_LIMIT) {
        batchGet(keys.subList(from, Math.min(keys.size(), from + BATCH_GET_LIMIT))).stream()
                .map(User.TABLE_SCHEMA::mapToItem)
                .forEach(profiles::add);
    }
    profiles.sort(Comparator.comparing(User::getUsername));
    return profiles;
}
