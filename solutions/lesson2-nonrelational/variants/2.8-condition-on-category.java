// Checks that the book exists with attribute_exists(Category): a book that has no category yet counts as missing.
// exercise: 2.8
// replaces: BookCatalog#changeCategory
public void changeCategory(String author, String title, String category) {
    try {
        dynamoDb.updateItem(request -> request
                .tableName(tableName)
                .key(itemKey(author, title))
                .updateExpression("SET #category = :category")
                .conditionExpression("attribute_exists(#category)")
                .expressionAttributeNames(Map.of("#category", Book.CATEGORY))
                .expressionAttributeValues(Map.of(":category", AttributeValue.fromS(category))));
    } catch (ConditionalCheckFailedException e) {
        throw new BookNotFoundException(author, title, e);
    }
}
