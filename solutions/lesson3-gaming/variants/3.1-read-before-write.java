// Reads the user first to see whether the username is taken: a wasted GetItem, and outdated by the time it writes.
// exercise: 3.1
// replaces: BattleRoyale#createUser
public void createUser(User user) {
    if (users.getItem(User.key(user.getUsername())) != null) {
        throw new UserAlreadyExistsException(user.getUsername(), null);
    }
    users.putItem(user);
}
