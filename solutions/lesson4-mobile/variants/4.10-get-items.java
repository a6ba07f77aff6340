// Reads each followed user's profile with a GetItem of its own: one request per user instead of one BatchGetItem.
// exercise: 4.10
// replaces: QuickPhotosApp#findAndEnrichFollowing
public List<User> findAndEnrichFollowing(String username) {
    List<User> profiles = new ArrayList<>();
    for (Friendship friendship : queryFollowing(username)) {
        User user = users.getItem(User.key(friendship.getFollowedUser()));
        if (user != null) {
            profiles.add(user);
        }
    }
    profiles.sort(Comparator.comparing(User::getUsername));
    return profiles;
}
