// Sets start_time but leaves open_timestamp in place: the started game stays in OpenGamesIndex.
// exercise: 3.9
// replaces: BattleRoyale#startGame
public void startGame(String gameId, String username, String startTime) {
    try {
        dynamoDb.updateItem(request -> request
                .tableName(tableName)
                .key(Game.keyAttributes(gameId))
                .updateExpression("SET #start = :start")
                .conditionExpression("#people = :max AND #creator = :username AND attribute_not_exists(#start)")
                .expressionAttributeNames(Map.of("#start", Game.START_TIME,
                        "#people", Game.PEOPLE, "#creator", Game.CREATOR))
                .expressionAttributeValues(Map.of(":start", text(startTime),
                        ":max", number(BattleRoyaleTable.MAX_PLAYERS), ":username", text(username)))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
    } catch (ConditionalCheckFailedException e) {
        throw whyStartFailed(gameId, username, e);
    }
}
