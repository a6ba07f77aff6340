// Scans the table with a filter on Category and Limit = page size: the Limit counts the books read before the
// filter, so a page holds fewer books than it should, and each page reads books of every category.
// exercise: 2.10
// replaces: BookCatalog#booksInCategoryPage
public BookPage booksInCategoryPage(String category, int pageSize, Map<String, AttributeValue> startKey) {
    software.amazon.awssdk.services.dynamodb.model.ScanResponse response = dynamoDb.scan(request -> request
            .tableName(tableName)
            .filterExpression("#category = :category")
            .expressionAttributeNames(Map.of("#category", Book.CATEGORY))
            .expressionAttributeValues(Map.of(":category", AttributeValue.fromS(category)))
            .limit(pageSize)
            .exclusiveStartKey(startKey));
    List<Book> page = response.items().stream().map(Book.TABLE_SCHEMA::mapToItem).toList();
    return new BookPage(page, response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null);
}
