// Queries the index backwards: the newest open game comes first.
// exercise: 3.6
// replaces: BattleRoyale#findOpenGamesByMap
public List<Game> findOpenGamesByMap(String map) {
    return games.index(openGamesIndexName)
            .query(request -> request
                    .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(map).build()))
                    .scanIndexForward(false))
            .stream()
            .flatMap(page -> page.items().stream())
            .toList();
}
