// Asks for at most 100 books (Limit) in one Query, as if no author wrote more: the rest are never read.
// exercise: 2.4
// replaces: BookCatalog#booksBy
public List<Book> booksBy(String author) {
    return books.query(request -> request
                    .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(author).build()))
                    .limit(100))
            .iterator().next().items();
}
