// Builds the item by hand with a string for every attribute: people is stored as the string "0" (S), which a join
// cannot add 1 to nor compare with the number 50.
// exercise: 3.4
// replaces: BattleRoyale#createGame
public void createGame(Game game) {
    try {
        dynamoDb.putItem(request -> request
                .tableName(tableName)
                .item(Map.of(BattleRoyaleTable.PK, text(Game.pk(game.getGameId())),
                        BattleRoyaleTable.SK, text(Game.sk(game.getGameId())),
                        Game.GAME_ID, text(game.getGameId()),
                        Game.MAP, text(game.getMap()),
                        Game.CREATE_TIME, text(game.getCreateTime()),
                        Game.CREATOR, text(game.getCreator()),
                        Game.OPEN_TIMESTAMP, text(game.getOpenTimestamp()),
                        Game.PEOPLE, text(String.valueOf(game.getPeople()))))
                .conditionExpression("attribute_not_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk", BattleRoyaleTable.PK)));
    } catch (ConditionalCheckFailedException e) {
        throw new GameAlreadyExistsException(game.getGameId(), e);
    }
}
