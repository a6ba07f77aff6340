// Replaces the whole user with a conditional PutItem instead of updating the profile fields in place.
// exercise: 3.3
// replaces: BattleRoyale#updateUserProfile
public void updateUserProfile(String username, Profile profile) {
    try {
        users.putItem(PutItemEnhancedRequest.builder(User.class)
                .item(new User(username, profile.name(), profile.email(), profile.birthdate(), profile.address()))
                .conditionExpression(Expression.builder()
                        .expression("attribute_exists(#pk)")
                        .putExpressionName("#pk", BattleRoyaleTable.PK)
                        .build())
                .build());
    } catch (ConditionalCheckFailedException e) {
        throw new UserNotFoundException(username, e);
    }
}
