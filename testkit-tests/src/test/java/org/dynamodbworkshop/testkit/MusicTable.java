package org.dynamodbworkshop.testkit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A small Music table (Artist, SongTitle; optionally an index on AlbumTitle) of a test's own, made and read with the
 * unrecorded admin client, for the tests that need a real table.
 */
final class MusicTable {

    static final String TABLE = "Music";
    static final String INDEX = "AlbumTitle-index";
    static final String ARTIST = "Artist";
    static final String SONG_TITLE = "SongTitle";
    static final String ALBUM_TITLE = "AlbumTitle";

    private MusicTable() {
    }

    /** Creates the table without an index and returns its name for this test. */
    static String create(TestDynamoDb dynamo) {
        return create(dynamo, TABLE);
    }

    /** Creates a table of the Music key schema under another logical name, for requests over two tables. */
    static String create(TestDynamoDb dynamo, String logicalName) {
        return createNamed(dynamo, dynamo.tableName(logicalName));
    }

    /** Creates a table of the Music key schema under the physical name given. */
    static String createNamed(TestDynamoDb dynamo, String name) {
        dynamo.admin().createTable(request -> request
                .tableName(name)
                .keySchema(key(ARTIST, KeyType.HASH), key(SONG_TITLE, KeyType.RANGE))
                .attributeDefinitions(attribute(ARTIST), attribute(SONG_TITLE))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        return name;
    }

    /** Creates the table with the AlbumTitle index from the start and returns its name for this test. */
    static String createWithIndex(TestDynamoDb dynamo) {
        String name = dynamo.tableName(TABLE);
        dynamo.admin().createTable(request -> request
                .tableName(name)
                .keySchema(key(ARTIST, KeyType.HASH), key(SONG_TITLE, KeyType.RANGE))
                .attributeDefinitions(attribute(ARTIST), attribute(SONG_TITLE), attribute(ALBUM_TITLE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(INDEX)
                        .keySchema(key(ALBUM_TITLE, KeyType.HASH))
                        .projection(projection -> projection.projectionType(ProjectionType.ALL))
                        .build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        return name;
    }

    /** What an UpdateTable sends to add the AlbumTitle index. */
    static CreateGlobalSecondaryIndexAction albumIndex() {
        return CreateGlobalSecondaryIndexAction.builder()
                .indexName(INDEX)
                .keySchema(key(ALBUM_TITLE, KeyType.HASH))
                .projection(projection -> projection.projectionType(ProjectionType.ALL))
                .build();
    }

    static AttributeDefinition albumAttribute() {
        return attribute(ALBUM_TITLE);
    }

    static Map<String, AttributeValue> key(String artist, String songTitle) {
        return Map.of(ARTIST, text(artist), SONG_TITLE, text(songTitle));
    }

    static Map<String, AttributeValue> song(String artist, String songTitle, String albumTitle) {
        return Map.of(ARTIST, text(artist), SONG_TITLE, text(songTitle), ALBUM_TITLE, text(albumTitle));
    }

    /** A write of a song by "No One You Know" on the album "Somewhat Famous". */
    static WriteRequest put(String songTitle) {
        return WriteRequest.builder()
                .putRequest(PutRequest.builder().item(song("No One You Know", songTitle, "Somewhat Famous")).build())
                .build();
    }

    /** Writes {@code count} songs ("Song 01", "Song 02", ...) with the admin client. */
    static void fill(TestDynamoDb dynamo, String table, int count) {
        for (int i = 1; i <= count; i++) {
            Map<String, AttributeValue> item = put(title(i)).putRequest().item();
            dynamo.admin().putItem(request -> request.tableName(table).item(item));
        }
    }

    static String title(int number) {
        return String.format("Song %02d", number);
    }

    /** The song titles in the table, sorted, read with the admin client. */
    static List<String> titles(TestDynamoDb dynamo, String table) {
        return dynamo.admin().scan(request -> request.tableName(table)).items().stream()
                .map(item -> item.get(SONG_TITLE).s())
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    static AttributeValue text(String value) {
        return AttributeValue.builder().s(value).build();
    }

    private static KeySchemaElement key(String attribute, KeyType type) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }
}
