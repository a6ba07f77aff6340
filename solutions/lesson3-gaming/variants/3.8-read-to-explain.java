// Writes with the right transaction, but reads the game after a cancellation to find out why, instead of using the
// old items that the cancellation reasons can carry: an extra request, and the game may have changed meanwhile.
// exercise: 3.8
// replaces: BattleRoyale#joinGame
public void joinGame(String gameId, String username) {
    try {
        dynamoDb.transactWriteItems(request -> request.transactItems(
                TransactWriteItem.builder().put(put -> put
                        .tableName(tableName)
                        .item(Map.of(BattleRoyaleTable.PK, text(UserGameMapping.pk(gameId)),
                                BattleRoyaleTable.SK, text(UserGameMapping.sk(username)),
                                UserGameMapping.GAME_ID, text(gameId),
                                UserGameMapping.USERNAME, text(username)))
                        .conditionExpression("attribute_not_exists(#sk)")
                        .expressionAttributeNames(Map.of("#sk", BattleRoyaleTable.SK)))
                        .build(),
                TransactWriteItem.builder().update(update -> update
                        .tableName(tableName)
                        .key(Game.keyAttributes(gameId))
                        .updateExpression("SET #people = #people + :one")
                        .conditionExpression("attribute_exists(#open) AND #people < :max")
                        .expressionAttributeNames(Map.of("#people", Game.PEOPLE, "#open", Game.OPEN_TIMESTAMP))
                        .expressionAttributeValues(Map.of(":one", number(1),
                                ":max", number(BattleRoyaleTable.MAX_PLAYERS))))
                        .build()));
    } catch (TransactionCanceledException e) {
        Game game = games.getItem(Game.key(gameId));
        if (game == null) {
            throw new GameNotFoundException(gameId, e);
        }
        if (game.getOpenTimestamp() == null) {
            throw new GameAlreadyStartedException(gameId, e);
        }
        if (conditionFailed(e.cancellationReasons().get(0))) {
            throw new AlreadyJoinedException(gameId, username, e);
        }
        throw new GameFullException(gameId, username, e);
    }
}
