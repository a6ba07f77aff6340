// Updates the followed user's profile twice, as copies of the tutorial do, instead of each user's own counter.
// DynamoDB refuses a transaction with two actions on one item, so no follow succeeds.
// exercise: 4.13
// replaces: QuickPhotosApp#followUser
public Friendship followUser(String followingUser, String followedUser) {
    if (followingUser.equals(followedUser)) {
        throw new IllegalArgumentException(followingUser + " cannot follow themselves");
    }
    Friendship friendship = new Friendship(followedUser, followingUser, QuickPhotosTable.timestamp(clock));
    TransactWriteItem putFriendship = TransactWriteItem.builder().put(put -> put
            .tableName(tableName)
            .item(Friendship.TABLE_SCHEMA.itemToMap(friendship, true))
            .conditionExpression("attribute_not_exists(SK)")
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
    try {
        dynamoDb.transactWriteItems(request -> request.transactItems(
                putFriendship, increment(followedUser, User.FOLLOWERS), increment(followedUser, User.FOLLOWING)));
    } catch (TransactionCanceledException e) {
        if (failedCondition(e.cancellationReasons(), 0)) {
            throw new AlreadyFollowingException(followingUser, followedUser, timestampOf(e.cancellationReasons().get(0)), e);
        }
        if (failedCondition(e.cancellationReasons(), 1)) {
            throw new UserNotFoundException(followedUser, e);
        }
        throw e;
    }
    return friendship;
}
