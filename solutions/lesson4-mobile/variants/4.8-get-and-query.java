// Reads the photo with a GetItem and its reactions with a Query on the index: right answer, two requests.
// exercise: 4.8
// replaces: QuickPhotosApp#fetchPhotoAndReactions
public Optional<PhotoAndReactions> fetchPhotoAndReactions(String owner, String timestamp) {
    Photo photo = photos.getItem(Photo.key(owner, timestamp));
    if (photo == null) {
        return Optional.empty();
    }
    List<Reaction> all = dynamoDb.query(request -> request
                    .tableName(tableName)
                    .indexName(invertedIndexName)
                    .keyConditionExpression("SK = :photo AND begins_with(PK, :reactions)")
                    .expressionAttributeValues(Map.of(
                            ":photo", AttributeValue.fromS(Photo.sortKey(owner, timestamp)),
                            ":reactions", AttributeValue.fromS(QuickPhotosTable.REACTION_PREFIX))))
            .items().stream().map(Reaction.TABLE_SCHEMA::mapToItem).toList();
    return Optional.of(new PhotoAndReactions(photo, all));
}
