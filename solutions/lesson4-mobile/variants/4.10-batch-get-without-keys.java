// Sends the groups of up to 100 keys in a do-while loop, so a user who follows nobody still gets a BatchGetItem,
// without keys: DynamoDB rejects it.
// exercise: 4.10
// replaces: QuickPhotosApp#findAndEnrichFollowing
public List<User> findAndEnrichFollowing(String username) {
    List<Map<String, AttributeValue>> keys = queryFollowing(username).stream()
            .map(friendship -> User.keyAttributes(friendship.getFollowedUser()))
            .toList();
    List<User> profiles = new ArrayList<>();
    int from = 0;
    do {
        batchGet(keys.subList(from, Math.min(keys.size(), from + BATCH_GET_LIMIT))).stream()
                .map(User.TABLE_SCHEMA::mapToItem)
                .forEach(profiles::add);
        from += BATCH_GET_LIMIT;
    } while (from < keys.size());
    profiles.sort(Comparator.comparing(User::getUsername));
    return profiles;
}
