// Reads the game and the mapping first and decides in Java, then writes without conditions: two extra requests,
// and between the read and the write other players can fill the game.
// exercise: 3.8
// replaces: BattleRoyale#joinGame
public void joinGame(String gameId, String username) {
    Game game = games.getItem(Game.key(gameId));
    if (game == null) {
        throw new GameNotFoundException(gameId, null);
    }
    if (game.getOpenTimestamp() == null) {
        throw new GameAlreadyStartedException(gameId, null);
    }
    if (mappings.getItem(UserGameMapping.key(gameId, username)) != null) {
        throw new AlreadyJoinedException(gameId, username, null);
    }
    if (game.getPeople() >= BattleRoyaleTable.MAX_PLAYERS) {
        throw new GameFullException(gameId, username, null);
    }
    dynamoDb.transactWriteItems(request -> request.transactItems(
            TransactWriteItem.builder().put(put -> put
                    .tableName(tableName)
                    .item(Map.of(BattleRoyaleTable.PK, text(UserGameMapping.pk(gameId)),
                            BattleRoyaleTable.SK, text(UserGameMapping.sk(username)),
                            UserGameMapping.GAME_ID, text(gameId),
                            UserGameMapping.USERNAME, text(username))))
                    .build(),
            TransactWriteItem.builder().update(update -> update
                    .tableName(tableName)
                    .key(Game.keyAttributes(gameId))
                    .updateExpression("SET #people = #people + :one")
                    .expressionAttributeNames(Map.of("#people", Game.PEOPLE))
                    .expressionAttributeValues(Map.of(":one", number(1))))
                    .build()));
}
