package org.dynamodbworkshop.lesson2;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dynamodbworkshop.common.Polling;
import software.amazon.awssdk.core.waiters.Waiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Lesson 2: the access patterns of the Books table. This is the class you edit: each method is one exercise.
 */
public class BookCatalog {

    /**
     * How long to wait before sending unprocessed items again: exponential, from 25 ms up to 1 s, with half of it
     * random so that busy writers do not all come back at once.
     */
    private static final BackoffStrategy RETRY_BACKOFF =
            BackoffStrategy.exponentialDelayHalfJitter(Duration.ofMillis(25), Duration.ofSeconds(1));

    private final DynamoDbClient dynamoDb;
    private final DynamoDbEnhancedClient enhancedClient;
    private final DynamoDbTable<Book> books;
    private final String tableName;
    private final String categoryIndexName;

    public BookCatalog(DynamoDbClient dynamoDb, DynamoDbEnhancedClient enhancedClient, String tableName,
                       String categoryIndexName) {
        this.dynamoDb = dynamoDb;
        this.enhancedClient = enhancedClient;
        this.books = enhancedClient.table(tableName, Book.TABLE_SCHEMA);
        this.tableName = tableName;
        this.categoryIndexName = categoryIndexName;
    }

    /**
     * Exercise 2.1: creates the table (key {@code Author} and {@code Title}, on-demand billing, no secondary index
     * yet) and waits until it is ACTIVE, polling as {@code polling} says. Budget: 1 CreateTable, then DescribeTable
     * polls (a waiter).
     */
    public void createTable(Polling polling) {
        dynamoDb.createTable(request -> request
                .tableName(tableName)
                .keySchema(key(Book.AUTHOR, KeyType.HASH), key(Book.TITLE, KeyType.RANGE))
                .attributeDefinitions(stringAttribute(Book.AUTHOR), stringAttribute(Book.TITLE))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        try (DynamoDbWaiter waiter = waiter(polling)) {
            waiter.waitUntilTableExists(request -> request.tableName(tableName));
        }
    }

    /**
     * Exercise 2.2: writes the books with BatchWriteItem, at most 25 in a request, and sends again whatever DynamoDB
     * returns as UnprocessedItems until every book is written, pausing before each retry, longer each time. Budget:
     * BatchWriteItem requests only, of at most 25 writes each; no write sent twice unless DynamoDB returned it
     * unprocessed.
     */
    public void addBooks(List<Book> newBooks) {
        for (int start = 0; start < newBooks.size(); start += BooksTable.MAX_BATCH_WRITES) {
            List<WriteRequest> writes = newBooks
                    .subList(start, Math.min(start + BooksTable.MAX_BATCH_WRITES, newBooks.size())).stream()
                    .map(book -> WriteRequest.builder()
                            .putRequest(PutRequest.builder().item(Book.TABLE_SCHEMA.itemToMap(book, true)).build())
                            .build())
                    .toList();
            Map<String, List<WriteRequest>> unprocessed = writeBatch(Map.of(tableName, writes));
            // Attempt 1 was the first request; the back-off grows with each attempt after it.
            for (int attempt = 2; !unprocessed.isEmpty(); attempt++) {
                pause(RETRY_BACKOFF.computeDelay(attempt).toMillis());
                unprocessed = writeBatch(unprocessed);
            }
        }
    }

    /** Exercise 2.3: one book by its full key. Budget: 1 GetItem. */
    public Optional<Book> getBook(String author, String title) {
        return Optional.ofNullable(books.getItem(bookKey(author, title)));
    }

    /**
     * Exercise 2.4: all books by an author, ordered by title, however many 1 MB pages they fill. Budget: 1 Query on
     * the table a page.
     */
    public List<Book> booksBy(String author) {
        return books.query(QueryConditional.keyEqualTo(Key.builder().partitionValue(author).build()))
                .items().stream().toList();
    }

    /**
     * Exercise 2.5: adds the global secondary index on Category (every attribute projected) to the live table and
     * waits until DescribeTable reports it ACTIVE: at most {@code polling.maxPolls()} DescribeTable requests, with
     * {@code polling.pause()} between two of them; gives up with an exception (of any kind) after that. Budget:
     * 1 UpdateTable, then DescribeTable polls.
     */
    public void addCategoryIndex(Polling polling) {
        GlobalSecondaryIndexUpdate addIndex = GlobalSecondaryIndexUpdate.builder().create(index -> index
                        .indexName(categoryIndexName)
                        .keySchema(key(Book.CATEGORY, KeyType.HASH))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()))
                .build();
        dynamoDb.updateTable(request -> request
                .tableName(tableName)
                .attributeDefinitions(stringAttribute(Book.CATEGORY))
                .globalSecondaryIndexUpdates(addIndex));
        // DynamoDbWaiter has nothing for indexes: the SDK's generic Waiter polls DescribeTable instead.
        Waiter.builder(DescribeTableResponse.class)
                .addAcceptor(WaiterAcceptor.successOnResponseAcceptor(this::categoryIndexIsActive))
                .addAcceptor(WaiterAcceptor.retryOnResponseAcceptor(response -> true))
                .overrideConfiguration(config -> config
                        .maxAttempts(polling.maxPolls())
                        .backoffStrategyV2(attempt -> polling.pause()))
                .build()
                .run(() -> dynamoDb.describeTable(request -> request.tableName(tableName)));
    }

    /**
     * Exercise 2.6: all books in a category, in any order, through the index, however many 1 MB pages they fill.
     * Budget: 1 Query on the index a page.
     */
    public List<Book> booksInCategory(String category) {
        return books.index(categoryIndexName)
                .query(QueryConditional.keyEqualTo(Key.builder().partitionValue(category).build()))
                .stream()
                .flatMap(page -> page.items().stream())
                .toList();
    }

    /**
     * Exercise 2.7: sets the product code of one format of a book, in place, keeping the book's other formats and
     * attributes; the book exists. Budget: 1 UpdateItem.
     */
    public void setFormat(String author, String title, String format, String productCode) {
        dynamoDb.updateItem(request -> request
                .tableName(tableName)
                .key(itemKey(author, title))
                .updateExpression("SET #formats.#format = :code")
                .expressionAttributeNames(Map.of("#formats", Book.FORMATS, "#format", format))
                .expressionAttributeValues(Map.of(":code", AttributeValue.fromS(productCode))));
    }

    /**
     * Exercise 2.8: moves an existing book to another category, keeping its other attributes.
     * Budget: 1 UpdateItem, with a condition that the book exists.
     *
     * @throws BookNotFoundException if there is no such book (and nothing is written)
     */
    public void changeCategory(String author, String title, String category) {
        try {
            dynamoDb.updateItem(request -> request
                    .tableName(tableName)
                    .key(itemKey(author, title))
                    .updateExpression("SET #category = :category")
                    .conditionExpression("attribute_exists(#author)")
                    .expressionAttributeNames(Map.of("#category", Book.CATEGORY, "#author", Book.AUTHOR))
                    .expressionAttributeValues(Map.of(":category", AttributeValue.fromS(category))));
        } catch (ConditionalCheckFailedException e) {
            throw new BookNotFoundException(author, title, e);
        }
    }

    /**
     * Exercise 2.9: the formats of a book (format name to product code), reading only the Formats attribute
     * (a projection); an empty map for a book without formats, and empty if there is no such book.
     * Budget: 1 GetItem.
     */
    public Optional<Map<String, String>> formatsOf(String author, String title) {
        GetItemResponse response = dynamoDb.getItem(request -> request
                .tableName(tableName)
                .key(itemKey(author, title))
                .projectionExpression("#formats")
                .expressionAttributeNames(Map.of("#formats", Book.FORMATS)));
        if (!response.hasItem()) {
            return Optional.empty();
        }
        AttributeValue formats = response.item().get(Book.FORMATS);
        Map<String, String> codes = new LinkedHashMap<>();
        if (formats != null && formats.hasM()) {
            formats.m().forEach((format, code) -> codes.put(format, code.s()));
        }
        return Optional.of(codes);
    }

    /**
     * Exercise 2.10: one page of the books in a category, through the index: at most {@code pageSize} books, starting
     * after {@code startKey}, and the key where the next page starts. Budget: 1 Query on the index, asking for at
     * most {@code pageSize} items.
     *
     * @param startKey {@code null} for the first page, else the previous page's {@link BookPage#nextPageKey()}
     */
    public BookPage booksInCategoryPage(String category, int pageSize, Map<String, AttributeValue> startKey) {
        Page<Book> page = books.index(categoryIndexName)
                .query(request -> request
                        .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(category).build()))
                        .limit(pageSize)
                        .exclusiveStartKey(startKey))
                .iterator().next();
        return new BookPage(new ArrayList<>(page.items()), page.lastEvaluatedKey());
    }

    /**
     * Exercise 2.11: deletes the table and waits until it is gone, polling as {@code polling} says.
     * Budget: 1 DeleteTable, then DescribeTable polls.
     */
    public void deleteTable(Polling polling) {
        dynamoDb.deleteTable(request -> request.tableName(tableName));
        try (DynamoDbWaiter waiter = waiter(polling)) {
            waiter.waitUntilTableNotExists(request -> request.tableName(tableName));
        }
    }

    /** The SDK's table waiters, polling as told rather than every 20 seconds, their default. */
    private DynamoDbWaiter waiter(Polling polling) {
        return DynamoDbWaiter.builder()
                .client(dynamoDb)
                .overrideConfiguration(config -> config
                        .maxAttempts(polling.maxPolls())
                        .backoffStrategyV2(attempt -> polling.pause()))
                .build();
    }

    /** Sends one BatchWriteItem; returns the writes DynamoDB left unprocessed (none when all were written). */
    private Map<String, List<WriteRequest>> writeBatch(Map<String, List<WriteRequest>> writes) {
        return dynamoDb.batchWriteItem(request -> request.requestItems(writes)).unprocessedItems();
    }

    private boolean categoryIndexIsActive(DescribeTableResponse response) {
        return response.table().globalSecondaryIndexes().stream()
                .anyMatch(index -> index.indexName().equals(categoryIndexName)
                        && index.indexStatus() == IndexStatus.ACTIVE);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }

    private static Key bookKey(String author, String title) {
        return Key.builder().partitionValue(author).sortValue(title).build();
    }

    private static Map<String, AttributeValue> itemKey(String author, String title) {
        return Map.of(Book.AUTHOR, AttributeValue.fromS(author), Book.TITLE, AttributeValue.fromS(title));
    }

    private static KeySchemaElement key(String attribute, KeyType type) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
    }

    private static AttributeDefinition stringAttribute(String attribute) {
        return AttributeDefinition.builder().attributeName(attribute).attributeType(ScalarAttributeType.S).build();
    }
}
