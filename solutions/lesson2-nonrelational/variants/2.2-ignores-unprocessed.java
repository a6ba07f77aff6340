// Writes batches of 25 but ignores UnprocessedItems: the books DynamoDB held back are never written.
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
        dynamoDb.batchWriteItem(request -> request.requestItems(Map.of(tableName, writes)));
    }
}
