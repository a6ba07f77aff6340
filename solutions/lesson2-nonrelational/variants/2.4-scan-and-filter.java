// Scans the whole table and keeps the author's books in Java.
// exercise: 2.4
// replaces: BookCatalog#booksBy
public List<Book> booksBy(String author) {
    return books.scan().items().stream()
            .filter(book -> book.getAuthor().equals(author))
            .sorted(java.util.Comparator.comparing(Book::getTitle))
            .toList();
}
