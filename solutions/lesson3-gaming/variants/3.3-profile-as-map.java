// Stores the profile as one map attribute, profile = {name, email, ...}, instead of setting the user's own
// attributes: name, email, birthdate and address keep their old values.
// exercise: 3.3
// replaces: BattleRoyale#updateUserProfile
public void updateUserProfile(String username, Profile profile) {
    try {
        dynamoDb.updateItem(request -> request
                .tableName(tableName)
                .key(User.keyAttributes(username))
                .updateExpression("SET #profile = :profile")
                .conditionExpression("attribute_exists(#pk)")
                .expressionAttributeNames(Map.of("#profile", "profile", "#pk", BattleRoyaleTable.PK))
                .expressionAttributeValues(Map.of(":profile", AttributeValue.fromM(Map.of(
                        User.NAME, text(profile.name()), User.EMAIL, text(profile.email()),
                        User.BIRTHDATE, text(profile.birthdate()), User.ADDRESS, text(profile.address()))))));
    } catch (ConditionalCheckFailedException e) {
        throw new UserNotFoundException(username, e);
    }
}
