// Queries the author but returns the books in reverse title order.
// exercise: 2.4
// replaces: BookCatalog#booksBy
public List<Book> booksBy(String author) {
    return books.query(request -> request
                    .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(author).build()))
                    .scanIndexForward(false))
            .items().stream().toList();
}
