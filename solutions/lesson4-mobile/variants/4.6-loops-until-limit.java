// Asks again until it has as many photos as the limit, whether or not the last response had a LastEvaluatedKey:
// for a user with fewer photos than the limit, the next Query starts from the newest photo again.
// exercise: 4.6
// replaces: QuickPhotosApp#recentPhotos
public List<Photo> recentPhotos(String username, int limit) {
    if (limit < 1) {
        throw new IllegalArgumentException("The limit must be at least 1, not " + limit);
    }
    List<Photo> recent = new ArrayList<>();
    Map<String, AttributeValue> startKey = null;
    do {
        Map<String, AttributeValue> from = startKey;
        QueryResponse response = dynamoDb.query(request -> request
                .tableName(tableName)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :photos)")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(User.partitionKey(username)),
                        ":photos", AttributeValue.fromS(QuickPhotosTable.PHOTO_PREFIX + username + "#")))
                .scanIndexForward(false)
                .limit(limit - recent.size())
                .exclusiveStartKey(from));
        response.items().stream().map(Photo.TABLE_SCHEMA::mapToItem).forEach(recent::add);
        startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? response.lastEvaluatedKey() : null;
    } while (recent.size() < limit);
    return recent;
}
