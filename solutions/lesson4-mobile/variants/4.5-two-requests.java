// Reads the profile with a GetItem and the photos with a Query: right answer, two requests.
// exercise: 4.5
// replaces: QuickPhotosApp#fetchUserAndPhotos
public Optional<UserAndPhotos> fetchUserAndPhotos(String username) {
    User user = users.getItem(User.key(username));
    if (user == null) {
        return Optional.empty();
    }
    List<Photo> all = dynamoDb.query(request -> request
                    .tableName(tableName)
                    .keyConditionExpression("PK = :pk AND begins_with(SK, :photos)")
                    .expressionAttributeValues(Map.of(
                            ":pk", AttributeValue.fromS(User.partitionKey(username)),
                            ":photos", AttributeValue.fromS(QuickPhotosTable.PHOTO_PREFIX))))
            .items().stream().map(Photo.TABLE_SCHEMA::mapToItem).toList();
    return Optional.of(new UserAndPhotos(user, all));
}
