// Updates without the condition that the book exists: creates a book with a category and nothing else.
// exercise: 2.8
// replaces: BookCatalog#changeCategory
public void changeCategory(String author, String title, String category) {
    dynamoDb.updateItem(request -> request
            .tableName(tableName)
            .key(itemKey(author, title))
            .updateExpression("SET #category = :category")
            .expressionAttributeNames(Map.of("#category", Book.CATEGORY))
            .expressionAttributeValues(Map.of(":category", AttributeValue.fromS(category))));
}
