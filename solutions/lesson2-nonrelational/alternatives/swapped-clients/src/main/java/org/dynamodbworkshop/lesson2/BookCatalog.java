package org.dynamodbworkshop.lesson2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dynamodbworkshop.common.Polling;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteResult;
import software.amazon.awssdk.enhanced.dynamodb.model.UpdateItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * A second correct solution of lesson 2, written with the other client wherever the reference solution chose one:
 * the Enhanced Client's batch writes and conditional update, the low-level client's Query and GetItem with
 * expressions written out by hand, and a poll loop of its own for the index. The self-check proves it gets full
 * marks, so the tests do not favour the reference solution's style.
 */
public class BookCatalog {

    private static final long FIRST_RETRY_MILLIS = 20;
    private static final long LONGEST_RETRY_MILLIS = 2_000;

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

    public void createTable(Polling polling) {
        dynamoDb.createTable(request -> request
                .tableName(tableName)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("Author").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("Title").attributeType(ScalarAttributeType.S).build())
                .keySchema(
                        KeySchemaElement.builder().attributeName("Author").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("Title").keyType(KeyType.RANGE).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(dynamoDb)
                .overrideConfiguration(config -> config.maxAttempts(polling.maxPolls())
                        .backoffStrategyV2(attempt -> polling.pause()))
                .build()) {
            waiter.waitUntilTableExists(request -> request.tableName(tableName));
        }
    }

    public void addBooks(List<Book> newBooks) {
        int from = 0;
        while (from < newBooks.size()) {
            int to = Math.min(from + 25, newBooks.size());
            List<Book> toWrite = newBooks.subList(from, to);
            long retryMillis = FIRST_RETRY_MILLIS;
            while (!toWrite.isEmpty()) {
                WriteBatch.Builder<Book> batch = WriteBatch.builder(Book.class).mappedTableResource(books);
                toWrite.forEach(batch::addPutItem);
                BatchWriteResult result = enhancedClient.batchWriteItem(request -> request.addWriteBatch(batch.build()));
                toWrite = result.unprocessedPutItemsForTable(books);
                if (!toWrite.isEmpty()) {
                    sleep(retryMillis);
                    retryMillis = Math.min(retryMillis * 2, LONGEST_RETRY_MILLIS);
                }
            }
            from = to;
        }
    }

    public Optional<Book> getBook(String author, String title) {
        GetItemResponse response = dynamoDb.getItem(request -> request.tableName(tableName).key(key(author, title)));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(Book.TABLE_SCHEMA.mapToItem(response.item()))
                : Optional.empty();
    }

    public List<Book> booksBy(String author) {
        return dynamoDb.queryPaginator(request -> request
                        .tableName(tableName)
                        .keyConditionExpression("#a = :a")
                        .expressionAttributeNames(Map.of("#a", "Author"))
                        .expressionAttributeValues(Map.of(":a", AttributeValue.fromS(author))))
                .items().stream()
                .map(Book.TABLE_SCHEMA::mapToItem)
                .toList();
    }

    public void addCategoryIndex(Polling polling) {
        dynamoDb.updateTable(request -> request
                .tableName(tableName)
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("Category").attributeType(ScalarAttributeType.S).build())
                .globalSecondaryIndexUpdates(update -> update.create(index -> index
                        .indexName(categoryIndexName)
                        .keySchema(KeySchemaElement.builder().attributeName("Category").keyType(KeyType.HASH).build())
                        .projection(projection -> projection.projectionType(ProjectionType.ALL)))));
        int polls = 0;
        while (true) {
            polls++;
            if (categoryIndexIsActive()) {
                return;
            }
            if (polls >= polling.maxPolls()) {
                throw new IllegalStateException("CategoryIndex still not ACTIVE after " + polls + " polls");
            }
            sleep(polling.pause().toMillis());
        }
    }

    public List<Book> booksInCategory(String category) {
        return dynamoDb.queryPaginator(request -> request
                        .tableName(tableName)
                        .indexName(categoryIndexName)
                        .keyConditionExpression("#c = :c")
                        .expressionAttributeNames(Map.of("#c", "Category"))
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(category))))
                .items().stream()
                .map(Book.TABLE_SCHEMA::mapToItem)
                .toList();
    }

    public void setFormat(String author, String title, String format, String productCode) {
        dynamoDb.updateItem(request -> request
                .tableName(tableName)
                .key(key(author, title))
                .updateExpression("SET Formats.#name = :code")
                .expressionAttributeNames(Map.of("#name", format))
                .expressionAttributeValues(Map.of(":code", AttributeValue.fromS(productCode))));
    }

    public void changeCategory(String author, String title, String category) {
        // Only the key and the category are set; ignoreNulls leaves the formats as they are.
        Book change = new Book(author, title, category, null);
        try {
            books.updateItem(UpdateItemEnhancedRequest.builder(Book.class)
                    .item(change)
                    .ignoreNulls(true)
                    .conditionExpression(Expression.builder()
                            .expression("attribute_exists(#title)")
                            .putExpressionName("#title", "Title")
                            .build())
                    .build());
        } catch (ConditionalCheckFailedException e) {
            throw new BookNotFoundException(author, title, e);
        }
    }

    public Optional<Map<String, String>> formatsOf(String author, String title) {
        GetItemResponse response = dynamoDb.getItem(request -> request
                .tableName(tableName)
                .key(key(author, title))
                // Author too: every book has it, so an existing book without formats never comes back empty.
                .projectionExpression("Author, Formats"));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        AttributeValue formats = response.item().get("Formats");
        if (formats == null) {
            return Optional.of(Map.of());
        }
        return Optional.of(formats.m().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().s())));
    }

    public BookPage booksInCategoryPage(String category, int pageSize, Map<String, AttributeValue> startKey) {
        QueryResponse response = dynamoDb.query(QueryRequest.builder()
                .tableName(tableName)
                .indexName(categoryIndexName)
                .keyConditionExpression("#c = :c")
                .expressionAttributeNames(Map.of("#c", "Category"))
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(category)))
                .limit(pageSize)
                .exclusiveStartKey(startKey)
                .build());
        List<Book> page = new ArrayList<>();
        for (Map<String, AttributeValue> item : response.items()) {
            page.add(Book.TABLE_SCHEMA.mapToItem(item));
        }
        return new BookPage(page, response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null);
    }

    public void deleteTable(Polling polling) {
        dynamoDb.deleteTable(request -> request.tableName(tableName));
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(dynamoDb)
                .overrideConfiguration(config -> config.maxAttempts(polling.maxPolls())
                        .backoffStrategyV2(attempt -> polling.pause()))
                .build()) {
            waiter.waitUntilTableNotExists(request -> request.tableName(tableName));
        }
    }

    private boolean categoryIndexIsActive() {
        for (GlobalSecondaryIndexDescription index
                : dynamoDb.describeTable(request -> request.tableName(tableName)).table().globalSecondaryIndexes()) {
            if (index.indexName().equals(categoryIndexName)) {
                return index.indexStatus() == IndexStatus.ACTIVE;
            }
        }
        return false;
    }

    private static Map<String, AttributeValue> key(String author, String title) {
        return Map.of("Author", AttributeValue.fromS(author), "Title", AttributeValue.fromS(title));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
