// Puts a new item of the key and the category, on the condition that the book exists, from itemToMap(book, false):
// the formats are replaced by a NULL.
// exercise: 2.8
// replaces: BookCatalog#changeCategory
public void changeCategory(String author, String title, String category) {
    try {
        dynamoDb.putItem(request -> request
                .tableName(tableName)
                .item(Book.TABLE_SCHEMA.itemToMap(new Book(author, title, category, null), false))
                .conditionExpression("attribute_exists(#author)")
                .expressionAttributeNames(Map.of("#author", Book.AUTHOR)));
    } catch (ConditionalCheckFailedException e) {
        throw new BookNotFoundException(author, title, e);
    }
}
