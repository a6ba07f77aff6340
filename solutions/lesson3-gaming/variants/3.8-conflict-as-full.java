// Decides by elimination: a cancellation in which neither the mapping's nor the game's condition failed is reported
// as a full game, so a transaction cancelled for a conflict tells a player "full" for a game that has room.
// exercise: 3.8
// replaces: BattleRoyale#joinGame
public void joinGame(String gameId, String username) {
    TransactWriteItem addMapping = TransactWriteItem.builder().put(put -> put
            .tableName(tableName)
            .item(Map.of(BattleRoyaleTable.PK, text(UserGameMapping.pk(gameId)),
                    BattleRoyaleTable.SK, text(UserGameMapping.sk(username)),
                    UserGameMapping.GAME_ID, text(gameId),
                    UserGameMapping.USERNAME, text(username)))
            .conditionExpression("attribute_not_exists(#sk)")
            .expressionAttributeNames(Map.of("#sk", BattleRoyaleTable.SK)))
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
        if (conditionFailed(e.cancellationReasons().get(0))) {
            throw new AlreadyJoinedException(gameId, username, e);
        }
        Map<String, AttributeValue> old = e.cancellationReasons().get(1).item();
        if (conditionFailed(e.cancellationReasons().get(1)) && (old == null || old.isEmpty())) {
            throw new GameNotFoundException(gameId, e);
        }
        if (old != null && !old.isEmpty() && !old.containsKey(Game.OPEN_TIMESTAMP)) {
            throw new GameAlreadyStartedException(gameId, e);
        }
        throw new GameFullException(gameId, username, e);
    }
}
