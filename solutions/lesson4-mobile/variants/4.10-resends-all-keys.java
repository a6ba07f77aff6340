// When keys come back unprocessed, asks again for all the keys, not just those: rereads profiles it already has.
// exercise: 4.10
// replaces: QuickPhotosApp#findAndEnrichFollowing
public List<User> findAndEnrichFollowing(String username) {
    List<Map<String, AttributeValue>> keys = queryFollowing(username).stream()
            .map(friendship -> User.keyAttributes(friendship.getFollowedUser()))
            .toList();
    if (keys.isEmpty()) {
        return List.of();
    }
    Map<String, User> profiles = new java.util.TreeMap<>();
    for (int attempt = 0; attempt < 10; attempt++) {
        BatchGetItemResponse response = dynamoDb.batchGetItem(request -> request
                .requestItems(Map.of(tableName, KeysAndAttributes.builder().keys(keys).build())));
        response.responses().getOrDefault(tableName, List.of()).stream().map(User.TABLE_SCHEMA::mapToItem)
                .forEach(user -> profiles.put(user.getUsername(), user));
        if (response.unprocessedKeys().isEmpty()) {
            break;
        }
    }
    return new ArrayList<>(profiles.values());
}
