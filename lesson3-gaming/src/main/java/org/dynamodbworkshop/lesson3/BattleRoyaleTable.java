package org.dynamodbworkshop.lesson3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.dynamodbworkshop.common.BatchLoader;
import org.dynamodbworkshop.common.JsonLines;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

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
     * Writes the course's data set ({@link BattleRoyaleData#DATA_SET}) to the table; see {@link #load(Path)}.
     *
     * @return how many items were written
     */
    public int loadDataSet() {
        return load(BattleRoyaleData.open());
    }

    /**
     * Writes the items of a file in the tutorial's format (one plain JSON object per line, such as the tutorial's own
     * {@code items.json}) to the table with BatchWriteItem, 25 per request, sending again any items that DynamoDB
     * leaves unprocessed, after a growing pause. A key written twice ends as its later line.
     *
     * @return how many items were written
     * @throws JsonLines.MalformedLineException for the first line that is not one JSON object with the table's key;
     *         every line before it is written
     */
    public int load(Path file) {
        try {
            return load(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Deletes the table with all its items and waits until it is gone. */
    public void delete() {
        dynamoDb.deleteTable(request -> request.tableName(tableName));
        dynamoDb.waiter().waitUntilTableNotExists(request -> request.tableName(tableName));
    }

    private int load(InputStream input) {
        BatchLoader.Report report = new BatchLoader(dynamoDb, tableName).load(input, BatchLoader.Progress.NONE);
        if (report.failure().isPresent()) {
            throw report.failure().get();
        }
        return report.written();
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

    private static KeySchemaElement key(String attribute, KeyType type) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
    }

    private static AttributeDefinition stringAttribute(String attribute) {
        return AttributeDefinition.builder().attributeName(attribute).attributeType(ScalarAttributeType.S).build();
    }
}
