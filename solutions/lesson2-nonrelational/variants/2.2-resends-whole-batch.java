// Sends the whole batch again whenever any write comes back unprocessed: every book of it is written twice or more.
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
        software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse response;
        do {
            response = dynamoDb.batchWriteItem(request -> request.requestItems(Map.of(tableName, writes)));
        } while (!response.unprocessedItems().isEmpty());
    }
}
