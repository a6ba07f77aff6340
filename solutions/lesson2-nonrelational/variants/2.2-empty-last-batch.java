// Cuts the books with start <= size: when their number is a multiple of 25 (none included), the last
// BatchWriteItem carries no write, and DynamoDB rejects it.
// exercise: 2.2
// replaces: BookCatalog#addBooks
public void addBooks(List<Book> newBooks) {
    for (int start = 0; start <= newBooks.size(); start += BooksTable.MAX_BATCH_WRITES) {
        List<WriteRequest> writes = newBooks
                .subList(start, Math.min(start + BooksTable.MAX_BATCH_WRITES, newBooks.size())).stream()
                .map(book -> WriteRequest.builder()
                        .putRequest(PutRequest.builder().item(Book.TABLE_SCHEMA.itemToMap(book, true)).build())
                        .build())
                .toList();
        Map<String, List<WriteRequest>> unprocessed = writeBatch(Map.of(tableName, writes));
        for (int attempt = 2; !unprocessed.isEmpty(); attempt++) {
            pause(RETRY_BACKOFF.computeDelay(attempt).toMillis());
            unprocessed = writeBatch(unprocessed);
        }
    }
}
