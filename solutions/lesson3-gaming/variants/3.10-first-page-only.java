// Sends one Query of the inverted index and keeps its items, ignoring LastEvaluatedKey: a user with more than 1 MB
// of games loses the later ones.
// exercise: 3.10
// replaces: BattleRoyale#findGamesForUser
public List<UserGameMapping> findGamesForUser(String username) {
    return dynamoDb.query(request -> request
                    .tableName(tableName)
                    .indexName(invertedIndexName)
                    .keyConditionExpression("#sk = :sk")
                    .expressionAttributeNames(Map.of("#sk", BattleRoyaleTable.SK))
                    .expressionAttributeValues(Map.of(":sk", text(UserGameMapping.sk(username)))))
            .items().stream()
            .map(UserGameMapping.TABLE_SCHEMA::mapToItem)
            .toList();
}
