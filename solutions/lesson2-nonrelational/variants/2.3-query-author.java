// Queries all books of the author and picks the title in Java: reads the whole partition for one book.
// exercise: 2.3
// replaces: BookCatalog#getBook
public Optional<Book> getBook(String author, String title) {
    return books.query(QueryConditional.keyEqualTo(Key.builder().partitionValue(author).build()))
            .items().stream()
            .filter(book -> book.getTitle().equals(title))
            .findFirst();
}
