// Sends the unprocessed books again at once, without a pause: DynamoDB held them back because it is busy, and a retry
// at once only adds to its load.
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
            unprocessed = writeBatch(unprocessed);
        }
    }
}
