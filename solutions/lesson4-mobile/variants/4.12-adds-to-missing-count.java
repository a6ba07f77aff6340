// Adds one to reactions.#type as it is: for a type the photo's map has no entry for yet, the entry does not exist
// and DynamoDB refuses the update, which cancels the transaction.
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
            .updateExpression("SET reactions.#type = reactions.#type + :one")
            .conditionExpression("attribute_exists(SK)")
            .expressionAttributeNames(Map.of("#type", type.value()))
            .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))))
            .build();
    try {
        dynamoDb.transactWriteItems(request -> request.transactItems(putReaction, countIt));
    } catch (TransactionCanceledException e) {
        List<CancellationReason> reasons = e.cancellationReasons();
        if (failedCondition(reasons, 0)) {
            throw new AlreadyReactedException(reactingUser, type, photo, timestampOf(reasons.get(0)), e);
        }
        if (failedCondition(reasons, 1)) {
            throw new PhotoNotFoundException(photoOwner, photoTimestamp, e);
        }
        throw e;
    }
    return reaction;
}
