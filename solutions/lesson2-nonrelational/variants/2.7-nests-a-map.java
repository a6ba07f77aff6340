// Sets the map entry to a map of the format and its code: Formats.Audiobook becomes {Audiobook: code} instead of the
// code, a string.
// exercise: 2.7
// replaces: BookCatalog#setFormat
public void setFormat(String author, String title, String format, String productCode) {
    dynamoDb.updateItem(request -> request
            .tableName(tableName)
            .key(itemKey(author, title))
            .updateExpression("SET #formats.#format = :format")
            .expressionAttributeNames(Map.of("#formats", Book.FORMATS, "#format", format))
            .expressionAttributeValues(Map.of(":format",
                    AttributeValue.fromM(Map.of(format, AttributeValue.fromS(productCode))))));
}
