// Reads the book first to check that it exists: a second request, and outdated if the book changes in between.
// exercise: 2.8
// replaces: BookCatalog#changeCategory
public void changeCategory(String author, String title, String category) {
    if (books.getItem(bookKey(author, title)) == null) {
        throw new BookNotFoundException(author, title, null);
    }
    dynamoDb.updateItem(request -> request
            .tableName(tableName)
            .key(itemKey(author, title))
            .updateExpression("SET #category = :category")
            .expressionAttributeNames(Map.of("#category", Book.CATEGORY))
            .expressionAttributeValues(Map.of(":category", AttributeValue.fromS(category))));
}
