// Puts the reaction and updates the photo's count in two requests: a crash between them leaves the count wrong.
// exercise: 4.12
// replaces: QuickPhotosApp#addReaction
public Reaction addReaction(String reactingUser, ReactionType type, String photoOwner, String photoTimestamp) {
    String photo = Photo.sortKey(photoOwner, photoTimestamp);
    Reaction reaction = new Reaction(reactingUser, type, photo, QuickPhotosTable.timestamp(clock));
    if (photos.getItem(Photo.key(photoOwner, photoTimestamp)) == null) {
        throw new PhotoNotFoundException(photoOwner, photoTimestamp, null);
    }
    try {
        dynamoDb.putItem(request -> request
                .tableName(tableName)
                .item(Reaction.TABLE_SCHEMA.itemToMap(reaction, true))
                .conditionExpression("attribute_not_exists(SK)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
    } catch (ConditionalCheckFailedException e) {
        throw new AlreadyReactedException(reactingUser, type, photo, e.item().get("timestamp").s(), e);
    }
    dynamoDb.updateItem(request -> request
            .tableName(tableName)
            .key(Photo.keyAttributes(photoOwner, photoTimestamp))
            .updateExpression("SET reactions.#type = reactions.#type + :one")
            .expressionAttributeNames(Map.of("#type", type.value()))
            .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
    return reaction;
}
