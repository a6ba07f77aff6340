// Checks only that the game is full and that the creator asks: a game that has started (still full, same creator)
// is started again, and its start_time overwritten.
// exercise: 3.9
// replaces: BattleRoyale#startGame
public void startGame(String gameId, String username, String startTime) {
    try {
        dynamoDb.updateItem(request -> request
                .tableName(tableName)
                .key(Game.keyAttributes(gameId))
                .updateExpression("REMOVE #open SET #start = :start")
                .conditionExpression("#people = :max AND #creator = :username")
                .expressionAttributeNames(Map.of("#open", Game.OPEN_TIMESTAMP, "#start", Game.START_TIME,
                        "#people", Game.PEOPLE, "#creator", Game.CREATOR))
                .expressionAttributeValues(Map.of(":start", text(startTime),
                        ":max", number(BattleRoyaleTable.MAX_PLAYERS), ":username", text(username)))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
    } catch (ConditionalCheckFailedException e) {
        throw whyStartFailed(gameId, username, e);
    }
}
