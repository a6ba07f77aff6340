// Sends one Query and returns its items without following LastEvaluatedKey: an author with more than 1 MB of books
// loses the rest.
// exercise: 2.4
// replaces: BookCatalog#booksBy
public List<Book> booksBy(String author) {
    return dynamoDb.query(request -> request
                    .tableName(tableName)
                    .keyConditionExpression("#author = :author")
                    .expressionAttributeNames(Map.of("#author", Book.AUTHOR))
                    .expressionAttributeValues(Map.of(":author", AttributeValue.fromS(author))))
            .items().stream()
            .map(Book.TABLE_SCHEMA::mapToItem)
            .toList();
}
