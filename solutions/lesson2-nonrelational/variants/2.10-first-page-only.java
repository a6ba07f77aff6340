// Returns the first page without its LastEvaluatedKey: the reader never learns that more books follow.
// exercise: 2.10
// replaces: BookCatalog#booksInCategoryPage
public BookPage booksInCategoryPage(String category, int pageSize, Map<String, AttributeValue> startKey) {
    Page<Book> page = books.index(categoryIndexName)
            .query(request -> request
                    .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(category).build()))
                    .limit(pageSize)
                    .exclusiveStartKey(startKey))
            .iterator().next();
    return new BookPage(new ArrayList<>(page.items()), null);
}
