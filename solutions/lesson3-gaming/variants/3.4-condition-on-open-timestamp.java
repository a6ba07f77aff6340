// Conditions the Put on attribute_not_exists(open_timestamp), "no open game with this id": a game that has started
// has no open_timestamp, so a new game with its id replaces it.
// exercise: 3.4
// replaces: BattleRoyale#createGame
public void createGame(Game game) {
    try {
        games.putItem(PutItemEnhancedRequest.builder(Game.class)
                .item(game)
                .conditionExpression(Expression.builder()
                        .expression("attribute_not_exists(#open)")
                        .putExpressionName("#open", Game.OPEN_TIMESTAMP)
                        .build())
                .build());
    } catch (ConditionalCheckFailedException e) {
        throw new GameAlreadyExistsException(game.getGameId(), e);
    }
}
