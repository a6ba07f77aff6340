// Asks for Limit 51 (the game and at most 50 players) in one Query, taking it for a promise that all of them come
// back: a page stops at 1 MB whatever the Limit, so the players of a large partition are cut short.
// exercise: 3.5
// replaces: BattleRoyale#fetchGameAndPlayers
public Optional<GameWithPlayers> fetchGameAndPlayers(String gameId) {
    List<Map<String, AttributeValue>> items = dynamoDb.query(request -> request
                    .tableName(tableName)
                    .keyConditionExpression("#pk = :pk")
                    .expressionAttributeNames(Map.of("#pk", BattleRoyaleTable.PK))
                    .expressionAttributeValues(Map.of(":pk", text(Game.pk(gameId))))
                    .limit(BattleRoyaleTable.MAX_PLAYERS + 1))
            .items();
    return GameWithPlayers.fromItems(items);
}
