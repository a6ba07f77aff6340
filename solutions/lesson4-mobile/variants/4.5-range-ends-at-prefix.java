// Ends the sort-key range at "PHOTO#" itself: every photo's key (PHOTO#<username>#<timestamp>) sorts after it, so
// the Query returns the profile without a single photo.
// exercise: 4.5
// replaces: QuickPhotosApp#fetchUserAndPhotos
public Optional<UserAndPhotos> fetchUserAndPhotos(String username) {
    List<Map<String, AttributeValue>> items = queryAll(QueryRequest.builder()
            .tableName(tableName)
            .keyConditionExpression("PK = :pk AND SK BETWEEN :metadata AND :photos")
            .expressionAttributeValues(Map.of(
                    ":pk", AttributeValue.fromS(User.partitionKey(username)),
                    ":metadata", AttributeValue.fromS(User.sortKey(username)),
                    ":photos", AttributeValue.fromS(QuickPhotosTable.PHOTO_PREFIX)))
            .build());
    return UserAndPhotos.fromItems(items);
}
