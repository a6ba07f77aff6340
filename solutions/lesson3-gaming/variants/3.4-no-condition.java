// Puts the game without a condition: a new game with a taken id replaces the existing game and its people count.
// exercise: 3.4
// replaces: BattleRoyale#createGame
public void createGame(Game game) {
    games.putItem(game);
}
