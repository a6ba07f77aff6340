// Builds the key by hand and misspells the sort key's prefix ("#METADATA" without its last "#"): finds nobody.
// exercise: 3.2
// replaces: BattleRoyale#getUser
public Optional<User> getUser(String username) {
    return Optional.ofNullable(users.getItem(Key.builder()
            .partitionValue(User.pk(username))
            .sortValue("#METADATA" + username)
            .build()));
}
