// Reads the photos in the key's order, oldest first, and stops at the limit: the oldest photos, not the newest.
// exercise: 4.6
// replaces: QuickPhotosApp#recentPhotos
public List<Photo> recentPhotos(String username, int limit) {
    QueryResponse response = dynamoDb.query(request -> request
            .tableName(tableName)
            .keyConditionExpression("PK = :pk AND begins_with(SK, :photos)")
            .expressionAttributeValues(Map.of(
                    ":pk", AttributeValue.fromS(User.partitionKey(username)),
                    ":photos", AttributeValue.fromS(QuickPhotosTable.PHOTO_PREFIX + username + "#")))
            .limit(limit));
    return response.items().stream().map(Photo.TABLE_SCHEMA::mapToItem).toList();
}
