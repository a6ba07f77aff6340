// Scans the whole table for the user's mappings instead of querying the inverted index.
// exercise: 3.10
// replaces: BattleRoyale#findGamesForUser
public List<UserGameMapping> findGamesForUser(String username) {
    return mappings.scan().items().stream()
            .filter(mapping -> mapping.getSk().equals(UserGameMapping.sk(username)))
            .sorted(java.util.Comparator.comparing(UserGameMapping::getPk))
            .toList();
}
