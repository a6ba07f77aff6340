// Scans the whole table with a filter on open_timestamp: reads every user, game and player to find a few games.
// exercise: 3.7
// replaces: BattleRoyale#findOpenGames
public List<Game> findOpenGames() {
    return dynamoDb.scanPaginator(request -> request
                    .tableName(tableName)
                    .filterExpression("attribute_exists(#open)")
                    .expressionAttributeNames(Map.of("#open", Game.OPEN_TIMESTAMP)))
            .items().stream()
            .map(Game.TABLE_SCHEMA::mapToItem)
            .toList();
}
