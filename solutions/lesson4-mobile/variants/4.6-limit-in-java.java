// Reads every photo of the user, newest first, and cuts the list in Java: right answer, but it reads them all.
// exercise: 4.6
// replaces: QuickPhotosApp#recentPhotos
public List<Photo> recentPhotos(String username, int limit) {
    QueryResponse response = dynamoDb.query(request -> request
            .tableName(tableName)
            .keyConditionExpression("PK = :pk AND begins_with(SK, :photos)")
            .expressionAttributeValues(Map.of(
                    ":pk", AttributeValue.fromS(User.partitionKey(username)),
                    ":photos", AttributeValue.fromS(QuickPhotosTable.PHOTO_PREFIX + username + "#")))
            .scanIndexForward(false));
    return response.items().stream().limit(limit).map(Photo.TABLE_SCHEMA::mapToItem).toList();
}
