// Adds one to the followed user's following and to the follower's followers: each counter on the wrong user.
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
                putFriendship, increment(followedUser, User.FOLLOWING), increment(followingUser, User.FOLLOWERS)));
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
