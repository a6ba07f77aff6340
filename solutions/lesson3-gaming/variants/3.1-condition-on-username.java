// Conditions the Put on attribute_not_exists(username), a non-key attribute: an item at the user's key that lacks
// username (one holding only its keys) lets the condition hold, and is replaced.
// exercise: 3.1
// replaces: BattleRoyale#createUser
public void createUser(User user) {
    try {
        users.putItem(PutItemEnhancedRequest.builder(User.class)
                .item(user)
                .conditionExpression(Expression.builder()
                        .expression("attribute_not_exists(#username)")
                        .putExpressionName("#username", User.USERNAME)
                        .build())
                .build());
    } catch (ConditionalCheckFailedException e) {
        throw new UserAlreadyExistsException(user.getUsername(), e);
    }
}
