// Puts the reaction without the condition that it is new: the same reaction twice counts twice.
// exercise: 4.12
// replaces: QuickPhotosApp#addReaction
public Reaction addReaction(String reactingUser, ReactionType type, String photoOwner, String photoTimestamp) {
    String photo = Photo.sortKey(photoOwner, photoTimestamp);
    Reaction reaction = new Reaction(reactingUser, type, photo, QuickPhotosTable.timestamp(clock));
    try {
        dynamoDb.transactWriteItems(request -> request.transactItems(
                TransactWriteItem.builder().put(put -> put
                        .tableName(tableName)
                        .item(Reaction.TABLE_SCHEMA.itemToMap(reaction, true))).build(),
                TransactWriteItem.builder().update(update -> update
                        .tableName(tableName)
                        .key(Photo.keyAttributes(photoOwner, photoTimestamp))
                        .updateExpression("SET reactions.#type = reactions.#type + :one")
                        .conditionExpression("attribute_exists(SK)")
                        .expressionAttributeNames(Map.of("#type", type.value()))
                        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))).build()));
    } catch (TransactionCanceledException e) {
        if (failedCondition(e.cancellationReasons(), 1)) {
            throw new PhotoNotFoundException(photoOwner, photoTimestamp, e);
        }
        throw e;
    }
    return reaction;
}
