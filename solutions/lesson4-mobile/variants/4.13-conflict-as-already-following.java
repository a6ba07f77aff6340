// Takes any cancellation that is not a missing user for a second follow: a conflict with another transaction is
// reported as AlreadyFollowingException.
// exercise: 4.13
// replaces: QuickPhotosApp#followUser
public Friendship followUser(String followingUser, String followedUser) {
    if (followingUser.equals(followedUser)) {
        // DynamoDB rejects a transaction with two actions on one item, and following oneself makes no sense.
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
                putFriendship,
                increment(followedUser, User.FOLLOWERS),
                increment(followingUser, User.FOLLOWING)));
    } catch (TransactionCanceledException e) {
        List<CancellationReason> reasons = e.cancellationReasons();
        if (failedCondition(reasons, 1)) {
            throw new UserNotFoundException(followedUser, e);
        }
        if (failedCondition(reasons, 2)) {
            throw new UserNotFoundException(followingUser, e);
        }
        throw new AlreadyFollowingException(followingUser, followedUser, timestampOf(reasons.get(0)), e);
    }
    return friendship;
}
