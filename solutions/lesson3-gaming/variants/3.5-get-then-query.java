// Reads the game with a GetItem and its players with a Query: two requests where one Query does.
// exercise: 3.5
// replaces: BattleRoyale#fetchGameAndPlayers
public Optional<GameWithPlayers> fetchGameAndPlayers(String gameId) {
    Game game = games.getItem(Game.key(gameId));
    if (game == null) {
        return Optional.empty();
    }
    List<UserGameMapping> players = mappings
            .query(QueryConditional.sortBeginsWith(Key.builder()
                    .partitionValue(Game.pk(gameId)).sortValue("USER#").build()))
            .items().stream().toList();
    return Optional.of(new GameWithPlayers(game, players));
}
