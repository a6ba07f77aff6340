// Takes a page with fewer books than the page size for the last one and drops its LastEvaluatedKey: a page that
// DynamoDB cut at 1 MB ends the reading early.
// exercise: 2.10
// replaces: BookCatalog#booksInCategoryPage
public BookPage booksInCategoryPage(String category, int pageSize, Map<String, AttributeValue> startKey) {
    Page<Book> page = books.index(categoryIndexName)
            .query(request -> request
                    .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(category).build()))
                    .limit(pageSize)
                    .exclusiveStartKey(startKey))
            .iterator().next();
    boolean full = page.items().size() == pageSize;
    return new BookPage(new ArrayList<>(page.items()), full ? page.lastEvaluatedKey() : null);
}
