// Reads the whole book and keeps its formats in Java: DynamoDB sends every attribute back.
// exercise: 2.9
// replaces: BookCatalog#formatsOf
public Optional<Map<String, String>> formatsOf(String author, String title) {
    return Optional.ofNullable(books.getItem(bookKey(author, title))).map(Book::getFormats);
}
