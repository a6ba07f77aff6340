// Reads the game to check the rules, then writes without a condition: a wasted GetItem, and a race.
// exercise: 3.9
// replaces: BattleRoyale#startGame
public void startGame(String gameId, String username, String startTime) {
    Game game = games.getItem(Game.key(gameId));
    if (game == null) {
        throw new GameNotFoundException(gameId, null);
    }
    if (game.getStartTime() != null) {
        throw new GameAlreadyStartedException(gameId, null);
    }
    if (!game.getCreator().equals(username)) {
        throw new NotGameCreatorException(gameId, username, null);
    }
    if (game.getPeople() < BattleRoyaleTable.MAX_PLAYERS) {
        throw new GameNotFullException(gameId, game.getPeople(), null);
    }
    dynamoDb.updateItem(request -> request
            .tableName(tableName)
            .key(Game.keyAttributes(gameId))
            .updateExpression("REMOVE #open SET #start = :start")
            .expressionAttributeNames(Map.of("#open", Game.OPEN_TIMESTAMP, "#start", Game.START_TIME))
            .expressionAttributeValues(Map.of(":start", text(startTime))));
}
