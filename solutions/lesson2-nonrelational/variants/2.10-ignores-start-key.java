// Never sends the start key as ExclusiveStartKey: every call returns the first page again.
// exercise: 2.10
// replaces: BookCatalog#booksInCategoryPage
public BookPage booksInCategoryPage(String category, int pageSize, Map<String, AttributeValue> startKey) {
    Page<Book> page = books.index(categoryIndexName)
            .query(request -> request
                    .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(category).build()))
                    .limit(pageSize))
            .iterator().next();
    return new BookPage(new ArrayList<>(page.items()), page.lastEvaluatedKey());
}
