// Checks only that the mapping has no place yet: for a user who did not play, the condition holds on the missing
// item, and UpdateItem creates a mapping with a place.
// exercise: 3.11
// replaces: BattleRoyale#recordPlace
public void recordPlace(String gameId, String username, Place place) {
    try {
        dynamoDb.updateItem(request -> request
                .tableName(tableName)
                .key(UserGameMapping.keyAttributes(gameId, username))
                .updateExpression("SET #place = :place")
                .conditionExpression("attribute_not_exists(#place)")
                .expressionAttributeNames(Map.of("#place", UserGameMapping.PLACE))
                .expressionAttributeValues(Map.of(":place", text(place.value())))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
    } catch (ConditionalCheckFailedException e) {
        throw new PlaceAlreadyRecordedException(gameId, username, e.item().get(UserGameMapping.PLACE).s(), e);
    }
}
