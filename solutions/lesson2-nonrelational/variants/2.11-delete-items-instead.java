// Deletes every book one by one instead of the table.
// exercise: 2.11
// replaces: BookCatalog#deleteTable
public void deleteTable(Polling polling) {
    books.scan().items().forEach(book -> books.deleteItem(book));
}
