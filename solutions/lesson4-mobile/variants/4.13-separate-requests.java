// Puts the friendship and updates the two counters in three requests: a crash between them leaves counters wrong.
// exercise: 4.13
// replaces: QuickPhotosApp#followUser
public Friendship followUser(String followingUser, String followedUser) {
    if (followingUser.equals(followedUser)) {
        throw new IllegalArgumentException(followingUser + " cannot follow themselves");
    }
    Friendship friendship = new Friendship(followedUser, followingUser, QuickPhotosTable.timestamp(clock));
    try {
        dynamoDb.putItem(request -> request
                .tableName(tableName)
                .item(Friendship.TABLE_SCHEMA.itemToMap(friendship, true))
                .conditionExpression("attribute_not_exists(SK)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
    } catch (ConditionalCheckFailedException e) {
        throw new AlreadyFollowingException(followingUser, followedUser, e.item().get("timestamp").s(), e);
    }
    for (String[] counter : new String[][] {{followedUser, User.FOLLOWERS}, {followingUser, User.FOLLOWING}}) {
        try {
            dynamoDb.updateItem(request -> request
                    .tableName(tableName)
                    .key(User.keyAttributes(counter[0]))
                    .updateExpression("SET #counter = #counter + :one")
                    .conditionExpression("attribute_exists(PK)")
                    .expressionAttributeNames(Map.of("#counter", counter[1]))
                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
        } catch (ConditionalCheckFailedException e) {
            throw new UserNotFoundException(counter[0], e);
        }
    }
    return friendship;
}
