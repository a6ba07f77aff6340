// Sends the unprocessed writes again once, but not the writes that come back unprocessed from that retry.
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
        software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse response =
                dynamoDb.batchWriteItem(request -> request.requestItems(Map.of(tableName, writes)));
        if (response.hasUnprocessedItems() && !response.unprocessedItems().isEmpty()) {
            dynamoDb.batchWriteItem(request -> request.requestItems(response.unprocessedItems()));
        }
    }
}
