// Asks for every followed user's profile in one BatchGetItem: DynamoDB rejects a request of more than 100 keys.
// exercise: 4.10
// replaces: QuickPhotosApp#findAndEnrichFollowing
public List<User> findAndEnrichFollowing(String username) {
    List<Map<String, AttributeValue>> keys = queryFollowing(username).stream()
            .map(friendship -> User.keyAttributes(friendship.getFollowedUser()))
            .toList();
    if (keys.isEmpty()) {
        return List.of();
    }
    List<User> profiles = new ArrayList<>(batchGet(keys).stream().map(User.TABLE_SCHEMA::mapToItem).toList());
    profiles.sort(Comparator.comparing(User::getUsername));
    return profiles;
}
