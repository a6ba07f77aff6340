// Puts the user without a condition: a second user with the same username replaces the first.
// exercise: 3.1
// replaces: BattleRoyale#createUser
public void createUser(User user) {
    users.putItem(user);
}
