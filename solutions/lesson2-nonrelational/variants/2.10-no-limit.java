// Reads the whole category with every Query and cuts the page out in Java: each page costs the whole category.
// exercise: 2.10
// replaces: BookCatalog#booksInCategoryPage
public BookPage booksInCategoryPage(String category, int pageSize, Map<String, AttributeValue> startKey) {
    List<Book> all = books.index(categoryIndexName)
            .query(QueryConditional.keyEqualTo(Key.builder().partitionValue(category).build()))
            .iterator().next().items();
    int from = startKey == null ? 0 : Integer.parseInt(startKey.get("offset").n());
    int to = Math.min(from + pageSize, all.size());
    return new BookPage(new ArrayList<>(all.subList(from, to)),
            to < all.size() ? Map.of("offset", AttributeValue.fromN(String.valueOf(to))) : null);
}
