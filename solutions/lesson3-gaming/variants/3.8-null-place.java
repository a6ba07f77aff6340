// Puts the item that itemToMap(mapping, false) makes of a new mapping, which keeps the unset place as an attribute of
// the NULL type: recordPlace's attribute_not_exists(place) then fails, and the player can never get a place.
// exercise: 3.8
// replaces: BattleRoyale#joinGame
public void joinGame(String gameId, String username) {
    TransactWriteItem addMapping = TransactWriteItem.builder().put(put -> put
            .tableName(tableName)
            .item(UserGameMapping.TABLE_SCHEMA.itemToMap(new UserGameMapping(gameId, username), false))
            .conditionExpression("attribute_not_exists(#sk)")
            .expressionAttributeNames(Map.of("#sk", BattleRoyaleTable.SK))
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
            .build();
    TransactWriteItem countPerson = TransactWriteItem.builder().update(update -> update
            .tableName(tableName)
            .key(Game.keyAttributes(gameId))
            .updateExpression("SET #people = #people + :one")
            .conditionExpression("attribute_exists(#open) AND #people < :max")
            .expressionAttributeNames(Map.of("#people", Game.PEOPLE, "#open", Game.OPEN_TIMESTAMP))
            .expressionAttributeValues(Map.of(":one", number(1), ":max", number(BattleRoyaleTable.MAX_PLAYERS)))
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
            .build();
    try {
        dynamoDb.transactWriteItems(request -> request.transactItems(addMapping, countPerson));
    } catch (TransactionCanceledException e) {
        throw whyJoinFailed(gameId, username, e);
    }
}
