// Sends one Scan of the table with a filter on Category: it reads every book of the first 1 MB, and never the rest.
// exercise: 2.6
// replaces: BookCatalog#booksInCategory
public List<Book> booksInCategory(String category) {
    return dynamoDb.scan(request -> request
                    .tableName(tableName)
                    .filterExpression("#category = :category")
                    .expressionAttributeNames(Map.of("#category", Book.CATEGORY))
                    .expressionAttributeValues(Map.of(":category", AttributeValue.fromS(category))))
            .items().stream()
            .map(Book.TABLE_SCHEMA::mapToItem)
            .toList();
}
