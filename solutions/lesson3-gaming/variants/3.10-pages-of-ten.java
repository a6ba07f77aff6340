// Pages through the inverted index 10 mappings at a time: the right games, in 33 requests where 2 do.
// exercise: 3.10
// replaces: BattleRoyale#findGamesForUser
public List<UserGameMapping> findGamesForUser(String username) {
    return mappings.index(invertedIndexName)
            .query(request -> request
                    .queryConditional(QueryConditional.keyEqualTo(Key.builder()
                            .partitionValue(UserGameMapping.sk(username)).build()))
                    .limit(10))
            .stream()
            .flatMap(page -> page.items().stream())
            .toList();
}
