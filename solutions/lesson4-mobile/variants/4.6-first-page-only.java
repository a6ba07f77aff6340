// Sends one Query with the limit and takes its items: when the photos pass 1 MB, the response stops before the
// limit, with a LastEvaluatedKey the code ignores.
// exercise: 4.6
// replaces: QuickPhotosApp#recentPhotos
public List<Photo> recentPhotos(String username, int limit) {
    if (limit < 1) {
        throw new IllegalArgumentException("The limit must be at least 1, not " + limit);
    }
    QueryResponse response = dynamoDb.query(request -> request
            .tableName(tableName)
            .keyConditionExpression("PK = :pk AND begins_with(SK, :photos)")
            .expressionAttributeValues(Map.of(
                    ":pk", AttributeValue.fromS(User.partitionKey(username)),
                    ":photos", AttributeValue.fromS(QuickPhotosTable.PHOTO_PREFIX + username + "#")))
            .scanIndexForward(false)
            .limit(limit));
    return response.items().stream().map(Photo.TABLE_SCHEMA::mapToItem).toList();
}
