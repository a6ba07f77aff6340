// Updates with the Enhanced Client and a Book holding only the key and the new category, without ignoreNulls: the
// null formats become a REMOVE, and the book loses them.
// exercise: 2.8
// replaces: BookCatalog#changeCategory
public void changeCategory(String author, String title, String category) {
    try {
        books.updateItem(software.amazon.awssdk.enhanced.dynamodb.model.UpdateItemEnhancedRequest
                .builder(Book.class)
                .item(new Book(author, title, category, null))
                .conditionExpression(software.amazon.awssdk.enhanced.dynamodb.Expression.builder()
                        .expression("attribute_exists(#author)")
                        .putExpressionName("#author", Book.AUTHOR)
                        .build())
                .build());
    } catch (ConditionalCheckFailedException e) {
        throw new BookNotFoundException(author, title, e);
    }
}
