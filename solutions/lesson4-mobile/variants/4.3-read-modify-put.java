// Reads the whole profile, changes it in Java and puts it back: two requests, and a lost update if the counters
// change in between.
// exercise: 4.3
// replaces: QuickPhotosApp#updateProfile
public void updateProfile(String username, String status, List<String> interests) {
    User user = users.getItem(User.key(username));
    if (user == null) {
        throw new UserNotFoundException(username, null);
    }
    user.setStatus(status);
    user.setInterests(interests);
    users.putItem(user);
}
