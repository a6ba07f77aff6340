// Sends one BatchGetItem and ignores its UnprocessedKeys: profiles go missing whenever DynamoDB is busy.
// exercise: 4.10
// replaces: QuickPhotosApp#findAndEnrichFollowing
public List<User> findAndEnrichFollowing(String username) {
    List<Map<String, AttributeValue>> keys = queryFollowing(username).stream()
            .map(friendship -> User.keyAttributes(friendship.getFollowedUser()))
            .toList();
    if (keys.isEmpty()) {
        return List.of();
    }
    BatchGetItemResponse response = dynamoDb.batchGetItem(request -> request
            .requestItems(Map.of(tableName, KeysAndAttributes.builder().keys(keys).build())));
    List<User> profiles = new ArrayList<>(response.responses().getOrDefault(tableName, List.of()).stream()
            .map(User.TABLE_SCHEMA::mapToItem).toList());
    profiles.sort(Comparator.comparing(User::getUsername));
    return profiles;
}
