// Takes "not started" for attribute_not_exists(end_time): a game that has started but not ended passes, and is
// started again.
// exercise: 3.9
// replaces: BattleRoyale#startGame
public void startGame(String gameId, String username, String startTime) {
    try {
        dynamoDb.updateItem(request -> request
                .tableName(tableName)
                .key(Game.keyAttributes(gameId))
                .updateExpression("REMOVE #open SET #start = :start")
                .conditionExpression("#people = :max AND #creator = :username AND attribute_not_exists(#end)")
                .expressionAttributeNames(Map.of("#open", Game.OPEN_TIMESTAMP, "#start", Game.START_TIME,
                        "#people", Game.PEOPLE, "#creator", Game.CREATOR, "#end", Game.END_TIME))
                .expressionAttributeValues(Map.of(":start", text(startTime),
                        ":max", number(BattleRoyaleTable.MAX_PLAYERS), ":username", text(username)))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
    } catch (ConditionalCheckFailedException e) {
        throw whyStartFailed(gameId, username, e);
    }
}
