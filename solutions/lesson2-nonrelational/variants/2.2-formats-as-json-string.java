// Builds each item by hand and stores the formats as one JSON string (S) instead of a map (M) of strings.
// exercise: 2.2
// replaces: BookCatalog#addBooks
public void addBooks(List<Book> newBooks) {
    for (int start = 0; start < newBooks.size(); start += BooksTable.MAX_BATCH_WRITES) {
        List<WriteRequest> writes = newBooks
                .subList(start, Math.min(start + BooksTable.MAX_BATCH_WRITES, newBooks.size())).stream()
                .map(book -> {
                    Map<String, AttributeValue> item = new LinkedHashMap<>();
                    item.put(Book.AUTHOR, AttributeValue.fromS(book.getAuthor()));
                    item.put(Book.TITLE, AttributeValue.fromS(book.getTitle()));
                    if (book.getCategory() != null) {
                        item.put(Book.CATEGORY, AttributeValue.fromS(book.getCategory()));
                    }
                    if (book.getFormats() != null) {
                        item.put(Book.FORMATS, AttributeValue.fromS(book.getFormats().entrySet().stream()
                                .map(entry -> "\"" + entry.getKey() + "\": \"" + entry.getValue() + "\"")
                                .collect(java.util.stream.Collectors.joining(", ", "{", "}"))));
                    }
                    return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
                })
                .toList();
        Map<String, List<WriteRequest>> unprocessed = writeBatch(Map.of(tableName, writes));
        for (int attempt = 2; !unprocessed.isEmpty(); attempt++) {
            pause(RETRY_BACKOFF.computeDelay(attempt).toMillis());
            unprocessed = writeBatch(unprocessed);
        }
    }
}
