// Sets the Formats attribute to a map of the one format: the book's other formats are lost.
// exercise: 2.7
// replaces: BookCatalog#setFormat
public void setFormat(String author, String title, String format, String productCode) {
    dynamoDb.updateItem(request -> request
            .tableName(tableName)
            .key(itemKey(author, title))
            .updateExpression("SET #formats = :formats")
            .expressionAttributeNames(Map.of("#formats", Book.FORMATS))
            .expressionAttributeValues(Map.of(":formats",
                    AttributeValue.fromM(Map.of(format, AttributeValue.fromS(productCode))))));
}
