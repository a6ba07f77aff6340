// Updates without the condition that the user exists: creates a half-empty user for an unknown username.
// exercise: 3.3
// replaces: BattleRoyale#updateUserProfile
public void updateUserProfile(String username, Profile profile) {
    dynamoDb.updateItem(request -> request
            .tableName(tableName)
            .key(User.keyAttributes(username))
            .updateExpression("SET #name = :name, #email = :email, #birthdate = :birthdate, #address = :address")
            .expressionAttributeNames(Map.of("#name", User.NAME, "#email", User.EMAIL,
                    "#birthdate", User.BIRTHDATE, "#address", User.ADDRESS))
            .expressionAttributeValues(Map.of(":name", text(profile.name()), ":email", text(profile.email()),
                    ":birthdate", text(profile.birthdate()), ":address", text(profile.address()))));
}
