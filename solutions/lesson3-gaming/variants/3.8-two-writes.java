// Writes the mapping and the game in two conditional requests instead of one transaction: a refused game update
// leaves the mapping behind.
// exercise: 3.8
// replaces: BattleRoyale#joinGame
public void joinGame(String gameId, String username) {
    try {
        dynamoDb.putItem(put -> put
                .tableName(tableName)
                .item(Map.of(BattleRoyaleTable.PK, text(UserGameMapping.pk(gameId)),
                        BattleRoyaleTable.SK, text(UserGameMapping.sk(username)),
                        UserGameMapping.GAME_ID, text(gameId),
                        UserGameMapping.USERNAME, text(username)))
                .conditionExpression("attribute_not_exists(#sk)")
                .expressionAttributeNames(Map.of("#sk", BattleRoyaleTable.SK)));
    } catch (ConditionalCheckFailedException e) {
        throw new AlreadyJoinedException(gameId, username, e);
    }
    try {
        dynamoDb.updateItem(update -> update
                .tableName(tableName)
                .key(Game.keyAttributes(gameId))
                .updateExpression("SET #people = #people + :one")
                .conditionExpression("attribute_exists(#open) AND #people < :max")
                .expressionAttributeNames(Map.of("#people", Game.PEOPLE, "#open", Game.OPEN_TIMESTAMP))
                .expressionAttributeValues(Map.of(":one", number(1), ":max", number(BattleRoyaleTable.MAX_PLAYERS)))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
    } catch (ConditionalCheckFailedException e) {
        if (!e.hasItem() || e.item().isEmpty()) {
            throw new GameNotFoundException(gameId, e);
        }
        if (!e.item().containsKey(Game.OPEN_TIMESTAMP)) {
            throw new GameAlreadyStartedException(gameId, e);
        }
        throw new GameFullException(gameId, username, e);
    }
}
