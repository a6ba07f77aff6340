package org.dynamodbworkshop.lesson4;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Given facts about the quick-photos table: its names, the prefixes of its keys, its timestamps, and what the
 * tutorial's scripts do to the table itself (create it, delete it).
 *
 * <p>One table holds four entity types. Each key starts with a prefix that names the entity, so that keys of
 * different types never collide and a range of keys selects one type:
 *
 * <pre>
 * entity       PK                                 SK
 * User         USER#&lt;username&gt;                    #METADATA#&lt;username&gt;
 * Photo        USER#&lt;username&gt;                    PHOTO#&lt;username&gt;#&lt;timestamp&gt;
 * Reaction     REACTION#&lt;reactingUser&gt;#&lt;type&gt;    PHOTO#&lt;owner&gt;#&lt;timestamp&gt;
 * Friendship   USER#&lt;followedUser&gt;                #FRIEND#&lt;followingUser&gt;
 * </pre>
 */
public final class QuickPhotosTable {

    /** The table's name in the tutorial; tests give each test a table of its own. */
    public static final String NAME = "quick-photos";

    /** The global secondary index of exercise 4.7: partition key {@code SK}, sort key {@code PK}, all attributes. */
    public static final String INVERTED_INDEX = "InvertedIndex";

    /** The partition key attribute, a string. */
    public static final String PK = "PK";

    /** The sort key attribute, a string. */
    public static final String SK = "SK";

    public static final String USER_PREFIX = "USER#";
    public static final String METADATA_PREFIX = "#METADATA#";
    public static final String PHOTO_PREFIX = "PHOTO#";
    public static final String REACTION_PREFIX = "REACTION#";
    public static final String FRIEND_PREFIX = "#FRIEND#";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private QuickPhotosTable() {
    }

    /**
     * The current time as the table stores it: a fixed-width ISO-8601 timestamp in UTC, to the second
     * ({@code 2019-04-16T10:12:54}), so that timestamps sort as text.
     */
    public static String timestamp(Clock clock) {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(TIMESTAMP);
    }

    /**
     * Creates the table as the tutorial's {@code create_table} script does, without the inverted index (exercise
     * 4.7 adds it), with on-demand billing, and waits until it is ACTIVE.
     */
    public static void create(DynamoDbClient dynamoDb, String tableName) {
        dynamoDb.createTable(request -> request
                .tableName(tableName)
                .keySchema(key(PK, KeyType.HASH), key(SK, KeyType.RANGE))
                .attributeDefinitions(stringAttribute(PK), stringAttribute(SK))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(tableName));
    }

    /** Deletes the table and waits until it is gone. */
    public static void delete(DynamoDbClient dynamoDb, String tableName) {
        dynamoDb.deleteTable(request -> request.tableName(tableName));
        dynamoDb.waiter().waitUntilTableNotExists(request -> request.tableName(tableName));
    }

    static KeySchemaElement key(String attribute, KeyType type) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
    }

    static AttributeDefinition stringAttribute(String attribute) {
        return AttributeDefinition.builder().attributeName(attribute).attributeType(ScalarAttributeType.S).build();
    }
}
