// Pauses before each retry of unprocessed books, but always 50 ms: no backing off while DynamoDB stays busy.
// exercise: 2.2
// replaces: BookCatalog#addBooks
public void addBooks(List<Book> newBooks) {
    for (int start = 0; start < newBooks.size(); start += BooksTable.MAX_BATCH_WRITES) {
        List<WriteRequest> writes = newBooks
                .subList(start, Math.min(start + BooksTable.MAX_BATCH_WRITES, newBooks.size())).stream()
                .map(book -> WriteRequest.builder()
                        .putRequest(PutRequest.builder().item(Book.TABLE_SCHEMA.itemToMap(book, true)).build())
                        .build())
                .toList();
        Map<String, List<WriteRequest>> unprocessed = writeBatch(Map.of(tableName, writes));
        while (!unprocessed.isEmpty()) {
            pause(50);
            unprocessed = writeBatch(unprocessed);
        }
    }
}
