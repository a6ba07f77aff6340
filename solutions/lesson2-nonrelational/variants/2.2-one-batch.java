// Sends every book in one BatchWriteItem: DynamoDB rejects a batch of more than 25 writes.
// exercise: 2.2
// replaces: BookCatalog#addBooks
public void addBooks(List<Book> newBooks) {
    if (newBooks.isEmpty()) {
        return;
    }
    Map<String, List<WriteRequest>> pending = Map.of(tableName, newBooks.stream()
            .map(book -> WriteRequest.builder()
                    .putRequest(PutRequest.builder().item(Book.TABLE_SCHEMA.itemToMap(book, true)).build())
                    .build())
            .toList());
    while (!pending.isEmpty()) {
        Map<String, List<WriteRequest>> batch = pending;
        pending = dynamoDb.batchWriteItem(request -> request.requestItems(batch)).unprocessedItems();
    }
}
