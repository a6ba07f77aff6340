// Reads the book, changes the map in Java and puts the whole book back: two requests instead of one.
// exercise: 2.7
// replaces: BookCatalog#setFormat
public void setFormat(String author, String title, String format, String productCode) {
    Book book = books.getItem(bookKey(author, title));
    Map<String, String> formats = new LinkedHashMap<>(book.getFormats());
    formats.put(format, productCode);
    book.setFormats(formats);
    books.putItem(book);
}
