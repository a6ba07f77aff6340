// Writes the item of itemToMap(game, false), which keeps every null field as an attribute of the NULL type: a new
// game is stored with start_time, end_time, gold, silver and bronze = NULL.
// exercise: 3.4
// replaces: BattleRoyale#createGame
public void createGame(Game game) {
    try {
        dynamoDb.putItem(request -> request
                .tableName(tableName)
                .item(Game.TABLE_SCHEMA.itemToMap(game, false))
                .conditionExpression("attribute_not_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk", BattleRoyaleTable.PK)));
    } catch (ConditionalCheckFailedException e) {
        throw new GameAlreadyExistsException(game.getGameId(), e);
    }
}
