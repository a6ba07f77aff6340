// Adds one to each counter without the condition that the profile exists: following a user who does not exist
// creates a half-made profile holding only a counter.
// exercise: 4.13
// replaces: QuickPhotosApp#followUser
public Friendship followUser(String followingUser, String followedUser) {
    if (followingUser.equals(followedUser)) {
        // DynamoDB rejects a transaction with two actions on one item, and following oneself makes no sense.
        throw new IllegalArgumentException(followingUser + " cannot follow themselves");
    }
    java.util.function.BiFunction<String, String, TransactWriteItem> addOne = (username, counter) ->
            TransactWriteItem.builder().update(update -> update
                    .tableName(tableName)
                    .key(User.keyAttributes(username))
                    .updateExpression("ADD #counter :one")
                    .expressionAttributeNames(Map.of("#counter", counter))
                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))))
                    .build();
    Friendship friendship = new Friendship(followedUser, followingUser, QuickPhotosTable.timestamp(clock));
    TransactWriteItem putFriendship = TransactWriteItem.builder().put(put -> put
            .tableName(tableName)
            .item(Friendship.TABLE_SCHEMA.itemToMap(friendship, true))
            .conditionExpression("attribute_not_exists(SK)")
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
    try {
        dynamoDb.transactWriteItems(request -> request.transactItems(
                putFriendship,
                addOne.apply(followedUser, User.FOLLOWERS),
                addOne.apply(followingUser, User.FOLLOWING)));
    } catch (TransactionCanceledException e) {
        List<CancellationReason> reasons = e.cancellationReasons();
        if (failedCondition(reasons, 0)) {
            throw new AlreadyFollowingException(followingUser, followedUser, timestampOf(reasons.get(0)), e);
        }
        if (failedCondition(reasons, 1)) {
            throw new UserNotFoundException(followedUser, e);
        }
        if (failedCondition(reasons, 2)) {
            throw new UserNotFoundException(followingUser, e);
        }
        throw e;
    }
    return friendship;
}
