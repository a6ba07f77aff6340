// Ends the sort-key range at "USER#", which sorts before every player: returns the game without its players.
// exercise: 3.5
// replaces: BattleRoyale#fetchGameAndPlayers
public Optional<GameWithPlayers> fetchGameAndPlayers(String gameId) {
    List<Map<String, AttributeValue>> items = dynamoDb.queryPaginator(request -> request
                    .tableName(tableName)
                    .keyConditionExpression("#pk = :pk AND #sk BETWEEN :game AND :players")
                    .expressionAttributeNames(Map.of("#pk", BattleRoyaleTable.PK, "#sk", BattleRoyaleTable.SK))
                    .expressionAttributeValues(Map.of(":pk", text(Game.pk(gameId)),
                            ":game", text(Game.sk(gameId)), ":players", text("USER#"))))
            .items().stream().toList();
    return GameWithPlayers.fromItems(items);
}
