// Puts the profile without a condition: a new user with a taken username replaces the existing profile.
// exercise: 4.1
// replaces: QuickPhotosApp#createUser
public void createUser(User user) {
    users.putItem(user);
}
