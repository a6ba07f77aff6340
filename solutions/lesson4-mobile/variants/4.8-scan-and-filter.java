// Scans the whole table for the photo and the reactions to it: reads every item of every user.
// exercise: 4.8
// replaces: QuickPhotosApp#fetchPhotoAndReactions
public Optional<PhotoAndReactions> fetchPhotoAndReactions(String owner, String timestamp) {
    List<Map<String, AttributeValue>> items = dynamoDb.scanPaginator(request -> request
                    .tableName(tableName)
                    .filterExpression("SK = :photo")
                    .expressionAttributeValues(Map.of(":photo", AttributeValue.fromS(Photo.sortKey(owner, timestamp)))))
            .items().stream().toList();
    return PhotoAndReactions.fromItems(items);
}
