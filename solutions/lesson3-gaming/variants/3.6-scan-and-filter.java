// Scans the table with a filter on map and open_timestamp instead of querying the sparse index.
// exercise: 3.6
// replaces: BattleRoyale#findOpenGamesByMap
public List<Game> findOpenGamesByMap(String map) {
    return dynamoDb.scanPaginator(request -> request
                    .tableName(tableName)
                    .filterExpression("#map = :map AND attribute_exists(#open)")
                    .expressionAttributeNames(Map.of("#map", Game.MAP, "#open", Game.OPEN_TIMESTAMP))
                    .expressionAttributeValues(Map.of(":map", text(map))))
            .items().stream()
            .map(Game.TABLE_SCHEMA::mapToItem)
            .sorted(java.util.Comparator.comparing(Game::getOpenTimestamp))
            .toList();
}
