// Takes only the first page of the Enhanced Client's query: a map whose open games fill more than 1 MB of the index
// loses the newer ones.
// exercise: 3.6
// replaces: BattleRoyale#findOpenGamesByMap
public List<Game> findOpenGamesByMap(String map) {
    return games.index(openGamesIndexName)
            .query(QueryConditional.keyEqualTo(Key.builder().partitionValue(map).build()))
            .iterator().next()
            .items();
}
