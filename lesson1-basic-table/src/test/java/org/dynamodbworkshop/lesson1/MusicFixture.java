package org.dynamodbworkshop.lesson1;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dynamodbworkshop.testkit.ItemLookup;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.EnhancedGlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Given set-up for the lesson's tests: a Music table of the test's own, made without the learner's code, so an
 * unsolved exercise never fails another exercise's tests.
 */
final class MusicFixture {

    static final String TABLE = MusicTable.NAME;
    static final String INDEX = MusicTable.ALBUM_TITLE_INDEX;

    private final TestDynamoDb dynamo;
    private final String tableName;
    private final DynamoDbTable<Song> table;

    private MusicFixture(TestDynamoDb dynamo) {
        this.dynamo = dynamo;
        this.tableName = dynamo.tableName(TABLE);
        this.table = dynamo.adminEnhancedClient().table(tableName, Song.TABLE_SCHEMA);
    }

    /** No table yet: for the exercise that creates it. */
    static MusicFixture withoutTable(TestDynamoDb dynamo) {
        return new MusicFixture(dynamo);
    }

    /** The table without the AlbumTitle index, holding the given songs. */
    static MusicFixture withSongs(TestDynamoDb dynamo, Collection<Song> songs) {
        MusicFixture fixture = new MusicFixture(dynamo);
        // The Enhanced Client would also create the index that Song's annotations declare; exercise 1.7 adds it.
        dynamo.admin().createTable(request -> request
                .tableName(fixture.tableName)
                .keySchema(key(Song.ARTIST, KeyType.HASH), key(Song.SONG_TITLE, KeyType.RANGE))
                .attributeDefinitions(stringAttribute(Song.ARTIST), stringAttribute(Song.SONG_TITLE))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        return fixture.load(songs);
    }

    /** The table with the AlbumTitle index already in place, holding the given songs. */
    static MusicFixture withAlbumIndexAndSongs(TestDynamoDb dynamo, Collection<Song> songs) {
        MusicFixture fixture = new MusicFixture(dynamo);
        fixture.table.createTable(request -> request.globalSecondaryIndices(EnhancedGlobalSecondaryIndex.builder()
                .indexName(INDEX)
                .projection(projection -> projection.projectionType(ProjectionType.ALL))
                .build()));
        return fixture.load(songs);
    }

    static List<Song> sampleSongs() {
        return MusicTable.sampleSongs();
    }

    /** The learner's catalog, on recorded clients. */
    MusicCatalog catalog() {
        return new MusicCatalog(dynamo.client(), dynamo.enhancedClient(), tableName, INDEX);
    }

    String tableName() {
        return tableName;
    }

    /** The key of a song's item. */
    static Map<String, AttributeValue> key(String artist, String songTitle) {
        return Map.of(Song.ARTIST, AttributeValue.fromS(artist), Song.SONG_TITLE, AttributeValue.fromS(songTitle));
    }

    /** Checks of one item that show, when they fail, the key the learner's code sent beside the key stored. */
    ItemLookup items() {
        return ItemLookup.in(dynamo, TABLE);
    }

    /** One song, read without the learner's code. */
    Optional<Song> storedSong(String artist, String songTitle) {
        return Optional.ofNullable(table.getItem(Key.builder().partitionValue(artist).sortValue(songTitle).build()));
    }

    /** Every song in the table, read without the learner's code, in key order. */
    List<Song> storedSongs() {
        return table.scan().items().stream()
                .sorted(Comparator.comparing(Song::getArtist).thenComparing(Song::getSongTitle))
                .toList();
    }

    private static KeySchemaElement key(String attribute, KeyType type) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
    }

    private static AttributeDefinition stringAttribute(String attribute) {
        return AttributeDefinition.builder().attributeName(attribute).attributeType(ScalarAttributeType.S).build();
    }

    private MusicFixture load(Collection<Song> songs) {
        dynamo.awaitTableActive(tableName);
        songs.forEach(table::putItem);
        return this;
    }
}
