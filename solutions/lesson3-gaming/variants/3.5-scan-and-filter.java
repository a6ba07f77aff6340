// Scans the whole table and keeps the game's partition: reads every user, game and player.
// exercise: 3.5
// replaces: BattleRoyale#fetchGameAndPlayers
public Optional<GameWithPlayers> fetchGameAndPlayers(String gameId) {
    List<Map<String, AttributeValue>> items = dynamoDb.scanPaginator(request -> request.tableName(tableName))
            .items().stream()
            .filter(item -> item.get(BattleRoyaleTable.PK).s().equals(Game.pk(gameId)))
            .sorted(java.util.Comparator.comparing(item -> item.get(BattleRoyaleTable.SK).s()))
            .toList();
    return GameWithPlayers.fromItems(items);
}
