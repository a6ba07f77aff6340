// Sets the place without conditions: creates a mapping for a non-player and overwrites a recorded place.
// exercise: 3.11
// replaces: BattleRoyale#recordPlace
public void recordPlace(String gameId, String username, Place place) {
    dynamoDb.updateItem(request -> request
            .tableName(tableName)
            .key(UserGameMapping.keyAttributes(gameId, username))
            .updateExpression("SET #place = :place")
            .expressionAttributeNames(Map.of("#place", UserGameMapping.PLACE))
            .expressionAttributeValues(Map.of(":place", text(place.value()))));
}
