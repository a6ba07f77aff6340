// Adds the format with ADD, which takes only numbers and sets: the product code is stored as a string set (SS), not
// a string.
// exercise: 2.7
// replaces: BookCatalog#setFormat
public void setFormat(String author, String title, String format, String productCode) {
    dynamoDb.updateItem(request -> request
            .tableName(tableName)
            .key(itemKey(author, title))
            .updateExpression("ADD #formats.#format :code")
            .expressionAttributeNames(Map.of("#formats", Book.FORMATS, "#format", format))
            .expressionAttributeValues(Map.of(":code", AttributeValue.fromSs(List.of(productCode)))));
}
