// Scans the table with a filter on the author and the title: DynamoDB reads every book of the table for one.
// exercise: 2.9
// replaces: BookCatalog#formatsOf
public Optional<Map<String, String>> formatsOf(String author, String title) {
    List<Map<String, AttributeValue>> items = dynamoDb.scanPaginator(request -> request
                    .tableName(tableName)
                    .filterExpression("#author = :author AND #title = :title")
                    .projectionExpression("#formats")
                    .expressionAttributeNames(Map.of("#author", Book.AUTHOR, "#title", Book.TITLE,
                            "#formats", Book.FORMATS))
                    .expressionAttributeValues(Map.of(":author", AttributeValue.fromS(author),
                            ":title", AttributeValue.fromS(title))))
            .items().stream().toList();
    if (items.isEmpty()) {
        return Optional.empty();
    }
    Map<String, String> codes = new LinkedHashMap<>();
    AttributeValue formats = items.get(0).get(Book.FORMATS);
    if (formats != null && formats.hasM()) {
        formats.m().forEach((format, code) -> codes.put(format, code.s()));
    }
    return Optional.of(codes);
}
