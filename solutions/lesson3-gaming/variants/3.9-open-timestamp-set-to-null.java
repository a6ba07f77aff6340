// Sets open_timestamp to NULL instead of removing it: the attribute stays on the game, with the NULL type.
// exercise: 3.9
// replaces: BattleRoyale#startGame
public void startGame(String gameId, String username, String startTime) {
    try {
        dynamoDb.updateItem(request -> request
                .tableName(tableName)
                .key(Game.keyAttributes(gameId))
                .updateExpression("SET #open = :null, #start = :start")
                .conditionExpression("#people = :max AND #creator = :username AND attribute_not_exists(#start)")
                .expressionAttributeNames(Map.of("#open", Game.OPEN_TIMESTAMP, "#start", Game.START_TIME,
                        "#people", Game.PEOPLE, "#creator", Game.CREATOR))
                .expressionAttributeValues(Map.of(":start", text(startTime), ":null", AttributeValue.fromNul(true),
                        ":max", number(BattleRoyaleTable.MAX_PLAYERS), ":username", text(username)))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
    } catch (ConditionalCheckFailedException e) {
        throw whyStartFailed(gameId, username, e);
    }
}
