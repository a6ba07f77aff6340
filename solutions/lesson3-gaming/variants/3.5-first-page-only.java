// Sends one Query and keeps its items, ignoring LastEvaluatedKey: a game whose partition holds more than 1 MB loses
// the players of the later pages.
// exercise: 3.5
// replaces: BattleRoyale#fetchGameAndPlayers
public Optional<GameWithPlayers> fetchGameAndPlayers(String gameId) {
    List<Map<String, AttributeValue>> items = dynamoDb.query(request -> request
                    .tableName(tableName)
                    .keyConditionExpression("#pk = :pk AND #sk BETWEEN :game AND :afterLastPlayer")
                    .expressionAttributeNames(Map.of("#pk", BattleRoyaleTable.PK, "#sk", BattleRoyaleTable.SK))
                    .expressionAttributeValues(Map.of(":pk", text(Game.pk(gameId)),
                            ":game", text(Game.sk(gameId)), ":afterLastPlayer", text(AFTER_LAST_PLAYER))))
            .items();
    return GameWithPlayers.fromItems(items);
}
