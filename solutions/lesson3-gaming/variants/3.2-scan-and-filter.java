// Finds the user with a Scan of the whole table instead of a GetItem.
// exercise: 3.2
// replaces: BattleRoyale#getUser
public Optional<User> getUser(String username) {
    return users.scan().items().stream()
            .filter(user -> user.getPk().equals(User.pk(username)) && user.getSk().equals(User.sk(username)))
            .findFirst();
}
