// Writes the books one PutItem at a time: one request per book instead of one per 25.
// exercise: 2.2
// replaces: BookCatalog#addBooks
public void addBooks(List<Book> newBooks) {
    newBooks.forEach(books::putItem);
}
