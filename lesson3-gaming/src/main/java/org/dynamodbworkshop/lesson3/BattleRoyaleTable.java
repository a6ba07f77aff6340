package org.dynamodbworkshop.lesson3;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Given: the single table {@code battle-royale} and its two global secondary indexes, as the tutorial's scripts
 * create them. The table holds three entity types (users, games, and the mappings between them) told apart by their
 * keys; see {@link User}, {@link Game} and {@link UserGameMapping}.
 *
 * <p>Both indexes are added to the live table with UpdateTable, as the tutorial does: first the table, then the data,
 * then {@link #addOpenGamesIndex} when the "open games" patterns are needed and {@link #addInvertedIndex} when the
 * "games of a user" pattern is.
 */
public final class BattleRoyaleTable {

    /** The table's name in the tutorial; tests give each test a table of its own. */
    public static final String NAME = "battle-royale";

    /** The table's partition key: {@code USER#<username>} or {@code GAME#<game_id>}. */
    public static final String PK = "PK";

    /** The sort key: {@code #METADATA#<id>} on a user's or game's item, {@code USER#<username>} on a mapping. */
    public static final String SK = "SK";

    /**
     * The sparse index of open games: partition key {@code map}, sort key {@code open_timestamp}, every attribute
     * projected. Only open games carry {@code open_timestamp}, so only they appear in it.
     */
    public static final String OPEN_GAMES_INDEX = "OpenGamesIndex";

    /** The inverted index: partition key {@code SK}, sort key {@code PK}, every attribute projected. */
    public static final String INVERTED_INDEX = "InvertedIndex";

    /** How many people a game holds. */
    public static final int MAX_PLAYERS = 50;

    /** BatchWriteItem takes at most 25 items per request. */
    private static final int BATCH_SIZE = 25;
    private static final int MAX_BATCH_ATTEMPTS = 10;
    private static final long FIRST_RETRY_MILLIS = 50;
    private static final long LONGEST_RETRY_MILLIS = 2_000;
    private static final Duration INDEX_TIMEOUT = Duration.ofMinutes(10);
    private static final long INDEX_POLL_MILLIS = 200;

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    /** The table of this name, reached through this client. */
    public BattleRoyaleTable(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    public String tableName() {
        return tableName;
    }

    /** Creates the table (string keys {@code PK} and {@code SK}, on-demand billing) and waits until it is ACTIVE. */
    public void create() {
        dynamoDb.createTable(request -> request
                .tableName(tableName)
                .keySchema(key(PK, KeyType.HASH), key(SK, KeyType.RANGE))
                .attributeDefinitions(stringAttribute(PK), stringAttribute(SK))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(tableName));
    }

    /** Adds {@link #OPEN_GAMES_INDEX} to the live table and waits until it is ACTIVE. */
    public void addOpenGamesIndex() {
        addIndex(OPEN_GAMES_INDEX, Game.MAP, Game.OPEN_TIMESTAMP);
    }

    /** Adds {@link #INVERTED_INDEX} to the live table and waits until it is ACTIVE. */
    public void addInvertedIndex() {
        addIndex(INVERTED_INDEX, SK, PK);
    }

    /**
     * Writes items to the table with BatchWriteItem, 25 per request, and sends again any items that DynamoDB left
     * unprocessed (it may, when it throttles), after a growing pause.
     *
     * @return how many items were written
     */
    public int load(List<Map<String, AttributeValue>> items) {
        for (int i = 0; i < items.size(); i++) {
            Map<String, AttributeValue> item = items.get(i);
            if (!isString(item.get(PK)) || !isString(item.get(SK))) {
                throw new IllegalArgumentException("Item " + (i + 1) + " has no string " + PK + " and " + SK
                        + ": " + item);
            }
        }
        for (int start = 0; start < items.size(); start += BATCH_SIZE) {
            List<WriteRequest> batch = new ArrayList<>();
            for (Map<String, AttributeValue> item : items.subList(start, Math.min(start + BATCH_SIZE, items.size()))) {
                batch.add(WriteRequest.builder().putRequest(put -> put.item(item)).build());
            }
            writeBatch(batch);
        }
        return items.size();
    }

    /** Reads a file in the tutorial's format (see {@link BattleRoyaleData#read}) and writes its items to the table. */
    public int load(Path file) {
        return load(BattleRoyaleData.read(file));
    }

    /** Deletes the table with all its items and waits until it is gone. */
    public void delete() {
        dynamoDb.deleteTable(request -> request.tableName(tableName));
        dynamoDb.waiter().waitUntilTableNotExists(request -> request.tableName(tableName));
    }

    private void writeBatch(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(tableName, batch);
        long pause = FIRST_RETRY_MILLIS;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > MAX_BATCH_ATTEMPTS) {
                throw new IllegalStateException(pending.get(tableName).size() + " items still unprocessed after "
                        + MAX_BATCH_ATTEMPTS + " BatchWriteItem attempts");
            }
            if (attempt > 1) {
                pause(pause);
                pause = Math.min(2 * pause, LONGEST_RETRY_MILLIS);
            }
            Map<String, List<WriteRequest>> requestItems = pending;
            pending = dynamoDb.batchWriteItem(request -> request.requestItems(requestItems)).unprocessedItems();
        }
    }

    private void addIndex(String indexName, String partitionKey, String sortKey) {
        dynamoDb.updateTable(request -> request
                .tableName(tableName)
                .attributeDefinitions(stringAttribute(partitionKey), stringAttribute(sortKey))
                .globalSecondaryIndexUpdates(update -> update.create(index -> index
                        .indexName(indexName)
                        .keySchema(key(partitionKey, KeyType.HASH), key(sortKey, KeyType.RANGE))
                        .projection(projection -> projection.projectionType(ProjectionType.ALL)))));
        awaitIndexActive(indexName);
    }

    /** DynamoDB fills a new index in the background; there is no waiter for indexes, so poll DescribeTable. */
    private void awaitIndexActive(String indexName) {
        Instant deadline = Instant.now().plus(INDEX_TIMEOUT);
        while (!indexActive(indexName)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Index " + indexName + " of " + tableName + " is not ACTIVE after "
                        + INDEX_TIMEOUT.toMinutes() + " minutes");
            }
            pause(INDEX_POLL_MILLIS);
        }
    }

    private boolean indexActive(String indexName) {
        return dynamoDb.describeTable(request -> request.tableName(tableName)).table()
                .globalSecondaryIndexes().stream()
                .filter(index -> index.indexName().equals(indexName))
                .map(GlobalSecondaryIndexDescription::indexStatus)
                .anyMatch(IndexStatus.ACTIVE::equals);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for DynamoDB", e);
        }
    }

    private static boolean isString(AttributeValue value) {
        return value != null && value.s() != null;
    }

    private static KeySchemaElement key(String attribute, KeyType type) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
    }

    private static AttributeDefinition stringAttribute(String attribute) {
        return AttributeDefinition.builder().attributeName(attribute).attributeType(ScalarAttributeType.S).build();
    }
}
