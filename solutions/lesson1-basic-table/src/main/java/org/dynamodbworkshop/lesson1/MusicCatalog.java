package org.dynamodbworkshop.lesson1;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dynamodbworkshop.common.Polling;
import software.amazon.awssdk.core.waiters.Waiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Lesson 1: the access patterns of the Music table. This is the class you edit: each method is one exercise.
 */
public class MusicCatalog {

    private final DynamoDbClient dynamoDb;
    private final DynamoDbTable<Song> songs;
    private final String tableName;
    private final String albumTitleIndexName;

    public MusicCatalog(DynamoDbClient dynamoDb, DynamoDbEnhancedClient enhancedClient, String tableName,
                        String albumTitleIndexName) {
        this.dynamoDb = dynamoDb;
        this.songs = enhancedClient.table(tableName, Song.TABLE_SCHEMA);
        this.tableName = tableName;
        this.albumTitleIndexName = albumTitleIndexName;
    }

    /**
     * Exercise 1.1: creates the table, on-demand billing, and waits until it is ACTIVE, polling as {@code polling}
     * says. Budget: 1 CreateTable, then DescribeTable polls (a waiter).
     */
    public void createTable(Polling polling) {
        dynamoDb.createTable(request -> request
                .tableName(tableName)
                .keySchema(key(Song.ARTIST, KeyType.HASH), key(Song.SONG_TITLE, KeyType.RANGE))
                .attributeDefinitions(stringAttribute(Song.ARTIST), stringAttribute(Song.SONG_TITLE))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        try (DynamoDbWaiter waiter = waiter(polling)) {
            waiter.waitUntilTableExists(request -> request.tableName(tableName));
        }
    }

    /** Exercise 1.2: stores a song, replacing any song with the same key. Budget: 1 PutItem. */
    public void putSong(Song song) {
        songs.putItem(song);
    }

    /** Exercise 1.3: one song by its full key. Budget: 1 GetItem. */
    public Optional<Song> getSong(String artist, String songTitle) {
        return Optional.ofNullable(songs.getItem(songKey(artist, songTitle)));
    }

    /** Exercise 1.4: all songs of an artist, ordered by title. Budget: 1 Query on the table a 1 MB page. */
    public List<Song> songsBy(String artist) {
        return songs.query(QueryConditional.keyEqualTo(Key.builder().partitionValue(artist).build()))
                .items().stream().toList();
    }

    /**
     * Exercise 1.5: the songs of an artist whose title starts with a prefix. Budget: 1 Query a 1 MB page, reading
     * only the matches.
     */
    public List<Song> songsByTitlePrefix(String artist, String titlePrefix) {
        return songs.query(QueryConditional.sortBeginsWith(songKey(artist, titlePrefix)))
                .items().stream().toList();
    }

    /**
     * Exercise 1.6: sets the album title of an existing song, keeping its other attributes.
     * Budget: 1 UpdateItem, with a condition that the song exists.
     *
     * @throws SongNotFoundException if there is no such song (and nothing is written)
     */
    public void updateAlbumTitle(String artist, String songTitle, String albumTitle) {
        try {
            dynamoDb.updateItem(request -> request
                    .tableName(tableName)
                    .key(Map.of(Song.ARTIST, AttributeValue.fromS(artist), Song.SONG_TITLE, AttributeValue.fromS(songTitle)))
                    .updateExpression("SET #album = :album")
                    .conditionExpression("attribute_exists(#artist)")
                    .expressionAttributeNames(Map.of("#album", Song.ALBUM_TITLE, "#artist", Song.ARTIST))
                    .expressionAttributeValues(Map.of(":album", AttributeValue.fromS(albumTitle))));
        } catch (ConditionalCheckFailedException e) {
            throw new SongNotFoundException(artist, songTitle, e);
        }
    }

    /**
     * Exercise 1.7: adds the global secondary index on AlbumTitle to the live table and waits until it is ACTIVE,
     * polling as {@code polling} says. Budget: 1 UpdateTable, then DescribeTable polls.
     */
    public void addAlbumTitleIndex(Polling polling) {
        dynamoDb.updateTable(request -> request
                .tableName(tableName)
                .attributeDefinitions(stringAttribute(Song.ALBUM_TITLE))
                .globalSecondaryIndexUpdates(update -> update.create(index -> index
                        .indexName(albumTitleIndexName)
                        .keySchema(key(Song.ALBUM_TITLE, KeyType.HASH))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()))));
        awaitIndexActive(polling);
    }

    /** Exercise 1.8: the songs on an album, through the index. Budget: 1 Query on the index a 1 MB page. */
    public List<Song> songsOnAlbum(String albumTitle) {
        return songs.index(albumTitleIndexName)
                .query(QueryConditional.keyEqualTo(Key.builder().partitionValue(albumTitle).build()))
                .stream()
                .flatMap(page -> page.items().stream())
                .toList();
    }

    /** Exercise 1.9: how many songs the table holds. Budget: 1 Scan with Select COUNT a 1 MB page. */
    public int countSongs() {
        return dynamoDb.scanPaginator(request -> request.tableName(tableName).select(Select.COUNT))
                .stream()
                .mapToInt(ScanResponse::count)
                .sum();
    }

    /** Exercise 1.10: deletes one song by its full key. Budget: 1 DeleteItem. */
    public void deleteSong(String artist, String songTitle) {
        songs.deleteItem(songKey(artist, songTitle));
    }

    /**
     * Exercise 1.11: deletes the table and waits until it is gone, polling as {@code polling} says.
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
                        .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(polling.pause())))
                .build();
    }

    /** Polls DescribeTable until the index is ACTIVE: the SDK's generic waiter, since there is none for indexes. */
    private void awaitIndexActive(Polling polling) {
        Waiter.builder(DescribeTableResponse.class)
                .addAcceptor(WaiterAcceptor.successOnResponseAcceptor(this::albumTitleIndexIsActive))
                .addAcceptor(WaiterAcceptor.retryOnResponseAcceptor(response -> true))
                .overrideConfiguration(config -> config
                        .maxAttempts(polling.maxPolls())
                        .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(polling.pause())))
                .build()
                .run(() -> dynamoDb.describeTable(request -> request.tableName(tableName)));
    }

    private boolean albumTitleIndexIsActive(DescribeTableResponse response) {
        return response.table().globalSecondaryIndexes().stream()
                .anyMatch(index -> index.indexName().equals(albumTitleIndexName)
                        && index.indexStatus() == IndexStatus.ACTIVE);
    }

    private static Key songKey(String artist, String songTitle) {
        return Key.builder().partitionValue(artist).sortValue(songTitle).build();
    }

    private static KeySchemaElement key(String attribute, KeyType type) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
    }

    private static AttributeDefinition stringAttribute(String attribute) {
        return AttributeDefinition.builder().attributeName(attribute).attributeType(ScalarAttributeType.S).build();
    }
}
