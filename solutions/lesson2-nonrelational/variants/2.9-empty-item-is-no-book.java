// Takes an empty item for no book: a book without a Formats attribute comes back as an empty item, since the
// projection finds nothing to send, and is reported as missing instead of as a book without formats.
// exercise: 2.9
// replaces: BookCatalog#formatsOf
public Optional<Map<String, String>> formatsOf(String author, String title) {
    GetItemResponse response = dynamoDb.getItem(request -> request
            .tableName(tableName)
            .key(itemKey(author, title))
            .projectionExpression("#formats")
            .expressionAttributeNames(Map.of("#formats", Book.FORMATS)));
    if (!response.hasItem() || response.item().isEmpty()) {
        return Optional.empty();
    }
    AttributeValue formats = response.item().get(Book.FORMATS);
    Map<String, String> codes = new LinkedHashMap<>();
    if (formats != null && formats.hasM()) {
        formats.m().forEach((format, code) -> codes.put(format, code.s()));
    }
    return Optional.of(codes);
}
