// Takes any cancellation that is not a second follow or a missing follower for a missing followed user: a conflict
// with another transaction on a profile is reported as UserNotFoundException.
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
        if (failedCondition(reasons, 0)) {
            throw new AlreadyFollowingException(followingUser, followedUser, timestampOf(reasons.get(0)), e);
        }
        if (failedCondition(reasons, 2)) {
            throw new UserNotFoundException(followingUser, e);
        }
        throw new UserNotFoundException(followedUser, e);
    }
    return friendship;
}
