// Scans the table with a filter on Category instead of querying the index.
// exercise: 2.6
// replaces: BookCatalog#booksInCategory
public List<Book> booksInCategory(String category) {
    return books.scan(request -> request.filterExpression(software.amazon.awssdk.enhanced.dynamodb.Expression.builder()
                    .expression("Category = :category")
                    .putExpressionValue(":category", AttributeValue.fromS(category))
                    .build()))
            .items().stream().toList();
}
