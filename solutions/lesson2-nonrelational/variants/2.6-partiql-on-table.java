// Selects the category with PartiQL on the table, not its index: a WHERE on a non-key attribute runs as a Scan.
// exercise: 2.6
// replaces: BookCatalog#booksInCategory
public List<Book> booksInCategory(String category) {
    List<Book> found = new ArrayList<>();
    String nextToken = null;
    do {
        String token = nextToken;
        software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse response =
                dynamoDb.executeStatement(request -> request
                        .statement("SELECT * FROM \"" + tableName + "\" WHERE Category = ?")
                        .parameters(AttributeValue.fromS(category))
                        .nextToken(token));
        response.items().forEach(item -> found.add(Book.TABLE_SCHEMA.mapToItem(item)));
        nextToken = response.nextToken();
    } while (nextToken != null);
    return found;
}
