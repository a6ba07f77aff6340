// Reads the profile first to see whether the username is taken: two requests, and outdated by the time it writes.
// exercise: 4.1
// replaces: QuickPhotosApp#createUser
public void createUser(User user) {
    if (users.getItem(User.key(user.getUsername())) != null) {
        throw new UserAlreadyExistsException(user.getUsername(), null);
    }
    users.putItem(user);
}
