// Takes any cancellation that is not a missing photo for a second reaction: a conflict with another transaction is
// reported as AlreadyReactedException.
// exercise: 4.12
// replaces: QuickPhotosApp#addReaction
public Reaction addReaction(String reactingUser, ReactionType type, String photoOwner, String photoTimestamp) {
    String photo = Photo.sortKey(photoOwner, photoTimestamp);
    Reaction reaction = new Reaction(reactingUser, type, photo, QuickPhotosTable.timestamp(clock));
    TransactWriteItem putReaction = TransactWriteItem.builder().put(put -> put
            .tableName(tableName)
            .item(Reaction.TABLE_SCHEMA.itemToMap(reaction, true))
            .conditionExpression("attribute_not_exists(SK)")
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
    TransactWriteItem countIt = TransactWriteItem.builder().update(update -> update
            .tableName(tableName)
            .key(Photo.keyAttributes(photoOwner, photoTimestamp))
            .updateExpression("SET reactions.#type = if_not_exists(reactions.#type, :zero) + :one")
            .conditionExpression("attribute_exists(SK)")
            .expressionAttributeNames(Map.of("#type", type.value()))
            .expressionAttributeValues(Map.of(":zero", AttributeValue.fromN("0"), ":one", AttributeValue.fromN("1"))))
            .build();
    try {
        dynamoDb.transactWriteItems(request -> request.transactItems(putReaction, countIt));
    } catch (TransactionCanceledException e) {
        List<CancellationReason> reasons = e.cancellationReasons();
        if (failedCondition(reasons, 1)) {
            throw new PhotoNotFoundException(photoOwner, photoTimestamp, e);
        }
        throw new AlreadyReactedException(reactingUser, type, photo, timestampOf(reasons.get(0)), e);
    }
    return reaction;
}
