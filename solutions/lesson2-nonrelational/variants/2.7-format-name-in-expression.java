// Writes the format's name into the update expression: a name with a space ("Large Print") is not valid there.
// exercise: 2.7
// replaces: BookCatalog#setFormat
public void setFormat(String author, String title, String format, String productCode) {
    dynamoDb.updateItem(request -> request
            .tableName(tableName)
            .key(itemKey(author, title))
            .updateExpression("SET Formats." + format + " = :code")
            .expressionAttributeValues(Map.of(":code", AttributeValue.fromS(productCode))));
}
