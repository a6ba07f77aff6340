package org.dynamodbworkshop.lesson1;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dynamodbworkshop.common.Polling;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * A second correct solution of lesson 1, as a student who prefers the low-level client might write it: raw
 * attribute maps, explicit pagination loops and expressions written out by hand. The self-check proves it gets
 * full marks, so the tests do not favour the reference solution's style.
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

    public void createTable(Polling polling) {
        dynamoDb.createTable(request -> request
                .tableName(tableName)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("Artist").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("SongTitle").attributeType(ScalarAttributeType.S).build())
                .keySchema(
                        KeySchemaElement.builder().attributeName("Artist").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("SongTitle").keyType(KeyType.RANGE).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(tableName),
                waiter -> waiter.maxAttempts(polling.maxPolls())
                        .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(polling.pause())));
    }

    public void putSong(Song song) {
        dynamoDb.putItem(request -> request.tableName(tableName).item(Song.TABLE_SCHEMA.itemToMap(song, true)));
    }

    public Optional<Song> getSong(String artist, String songTitle) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request
                .tableName(tableName)
                .key(Map.of("Artist", AttributeValue.fromS(artist), "SongTitle", AttributeValue.fromS(songTitle))))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(Song.TABLE_SCHEMA.mapToItem(item));
    }

    public List<Song> songsBy(String artist) {
        return query(QueryRequest.builder()
                .tableName(tableName)
                .keyConditionExpression("Artist = :artist")
                .expressionAttributeValues(Map.of(":artist", AttributeValue.fromS(artist)))
                .build());
    }

    public List<Song> songsByTitlePrefix(String artist, String titlePrefix) {
        return query(QueryRequest.builder()
                .tableName(tableName)
                .keyConditionExpression("Artist = :artist AND begins_with(SongTitle, :prefix)")
                .expressionAttributeValues(Map.of(
                        ":artist", AttributeValue.fromS(artist), ":prefix", AttributeValue.fromS(titlePrefix)))
                .build());
    }

    public void updateAlbumTitle(String artist, String songTitle, String albumTitle) {
        try {
            dynamoDb.updateItem(request -> request
                    .tableName(tableName)
                    .key(Map.of("Artist", AttributeValue.fromS(artist), "SongTitle", AttributeValue.fromS(songTitle)))
                    .updateExpression("SET AlbumTitle = :album")
                    .conditionExpression("attribute_exists(SongTitle)")
                    .expressionAttributeValues(Map.of(":album", AttributeValue.fromS(albumTitle))));
        } catch (ConditionalCheckFailedException e) {
            throw new SongNotFoundException(artist, songTitle, e);
        }
    }

    public void addAlbumTitleIndex(Polling polling) {
        dynamoDb.updateTable(request -> request
                .tableName(tableName)
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("AlbumTitle").attributeType(ScalarAttributeType.S).build())
                .globalSecondaryIndexUpdates(update -> update.create(index -> index
                        .indexName(albumTitleIndexName)
                        .keySchema(KeySchemaElement.builder().attributeName("AlbumTitle").keyType(KeyType.HASH).build())
                        .projection(projection -> projection.projectionType(ProjectionType.ALL)))));
        for (int poll = 1; !indexIsActive(); poll++) {
            if (poll == polling.maxPolls()) {
                throw new IllegalStateException(albumTitleIndexName + " is not ACTIVE after " + poll + " polls");
            }
            try {
                Thread.sleep(polling.pause().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + albumTitleIndexName, e);
            }
        }
    }

    public List<Song> songsOnAlbum(String albumTitle) {
        return query(QueryRequest.builder()
                .tableName(tableName)
                .indexName(albumTitleIndexName)
                .keyConditionExpression("AlbumTitle = :album")
                .expressionAttributeValues(Map.of(":album", AttributeValue.fromS(albumTitle)))
                .build());
    }

    public int countSongs() {
        int count = 0;
        Map<String, AttributeValue> startKey = null;
        do {
            ScanResponse page = dynamoDb.scan(ScanRequest.builder()
                    .tableName(tableName).select(Select.COUNT).exclusiveStartKey(startKey).build());
            count += page.count();
            startKey = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return count;
    }

    public void deleteSong(String artist, String songTitle) {
        dynamoDb.deleteItem(request -> request
                .tableName(tableName)
                .key(Map.of("Artist", AttributeValue.fromS(artist), "SongTitle", AttributeValue.fromS(songTitle))));
    }

    public void deleteTable(Polling polling) {
        dynamoDb.deleteTable(request -> request.tableName(tableName));
        dynamoDb.waiter().waitUntilTableNotExists(request -> request.tableName(tableName),
                waiter -> waiter.maxAttempts(polling.maxPolls())
                        .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(polling.pause())));
    }

    private boolean indexIsActive() {
        for (GlobalSecondaryIndexDescription index
                : dynamoDb.describeTable(request -> request.tableName(tableName)).table().globalSecondaryIndexes()) {
            if (index.indexName().equals(albumTitleIndexName)) {
                return index.indexStatus() == IndexStatus.ACTIVE;
            }
        }
        return false;
    }

    private List<Song> query(QueryRequest first) {
        List<Song> found = new ArrayList<>();
        QueryRequest request = first;
        while (true) {
            QueryResponse page = dynamoDb.query(request);
            page.items().forEach(item -> found.add(Song.TABLE_SCHEMA.mapToItem(item)));
            if (!page.hasLastEvaluatedKey() || page.lastEvaluatedKey().isEmpty()) {
                return found;
            }
            request = request.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build();
        }
    }
}
