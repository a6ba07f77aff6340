// Writes the tutorial's first condition, people <= 50: a game of 50 lets a 51st player in.
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
            .expressionAttributeNames(Map.of("#sk", BattleRoyaleTable.SK))
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
            .build();
    TransactWriteItem countPerson = TransactWriteItem.builder().update(update -> update
            .tableName(tableName)
            .key(Game.keyAttributes(gameId))
            .updateExpression("SET #people = #people + :one")
            .conditionExpression("attribute_exists(#open) AND #people <= :max")
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
