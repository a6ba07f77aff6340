package org.dynamodbworkshop.lesson1;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dynamodbworkshop.testkit.ItemLookup;
import org.dynamodbworkshop.testkit.ReadCost;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.EnhancedGlobalSecondaryIndex;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

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

    /** The artist of the large catalog, whose songs fill more than one 1 MB page. */
    static final String PROLIFIC_ARTIST = "The Long Players";
    /** The album of all the prolific artist's songs. */
    static final String LONG_ALBUM = "Endless";
    /** The prefix of 320 of the prolific artist's song titles; the other 100 start with "Zed". */
    static final String LONG_PREFIX = "Love ";

    private static final int PREFIXED_SONGS = 320;
    private static final int OTHER_SONGS = 100;
    private static final int SMALL_BAND_SONGS = 30;
    // About 3.5 KB an item: 420 songs of one artist fill about 1.5 MB, two pages of a Query.
    private static final String LYRICS = "la ".repeat(1_170);

    private MusicFixture(TestDynamoDb dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
        this.table = dynamo.adminEnhancedClient().table(tableName, Song.TABLE_SCHEMA);
    }

    private MusicFixture(TestDynamoDb dynamo) {
        this(dynamo, dynamo.tableName(TABLE));
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
        fixture.createWithIndex();
        return fixture.load(songs);
    }

    private void createWithIndex() {
        table.createTable(request -> request.globalSecondaryIndices(EnhancedGlobalSecondaryIndex.builder()
                .indexName(INDEX)
                .projection(projection -> projection.projectionType(ProjectionType.ALL))
                .build()));
    }

    private static Map<String, AttributeValue> withLyrics(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> withLyrics = new HashMap<>(item);
        withLyrics.put("Lyrics", AttributeValue.fromS(LYRICS));
        return withLyrics;
    }

    /**
     * A catalog larger than one 1 MB page, with the AlbumTitle index, shared read-only by the tests that only read
     * it: {@value #PREFIXED_SONGS} songs of {@link #PROLIFIC_ARTIST} titled "Love 000" on, {@value #OTHER_SONGS}
     * titled "Zed 000" on, all on {@link #LONG_ALBUM}, and {@value #SMALL_BAND_SONGS} of another band on another
     * album. Each item carries about 3.5 KB of lyrics, which the Song class does not map.
     */
    static MusicFixture largeCatalog(TestDynamoDb dynamo) {
        String name = dynamo.sharedTable(TABLE, "large-catalog", physical -> {
            MusicFixture fixture = new MusicFixture(dynamo, physical);
            fixture.createWithIndex();
            dynamo.awaitTableActive(physical);
            dynamo.putAll(physical, largeCatalogSongs().stream()
                    .map(song -> withLyrics(Song.TABLE_SCHEMA.itemToMap(song, true)))
                    .toList());
        });
        return new MusicFixture(dynamo, name);
    }

    /** The songs of {@link #largeCatalog}, without their lyrics. */
    static List<Song> largeCatalogSongs() {
        List<Song> songs = new ArrayList<>();
        for (int i = 0; i < PREFIXED_SONGS; i++) {
            songs.add(new Song(PROLIFIC_ARTIST, String.format("%s%03d", LONG_PREFIX, i), LONG_ALBUM, i % 3));
        }
        for (int i = 0; i < OTHER_SONGS; i++) {
            songs.add(new Song(PROLIFIC_ARTIST, String.format("Zed %03d", i), LONG_ALBUM, 0));
        }
        for (int i = 0; i < SMALL_BAND_SONGS; i++) {
            songs.add(new Song("Small Band", String.format("Tune %03d", i), "Short", 1));
        }
        return songs;
    }

    /** What a correct Query of the table reads, measured with the admin client. */
    ReadCost queryCost(String what, String keyCondition, Map<String, AttributeValue> values) {
        return ReadCost.ofQuery(dynamo, what, QueryRequest.builder().tableName(tableName)
                .keyConditionExpression(keyCondition).expressionAttributeValues(values).build());
    }

    /** What a correct Query of the AlbumTitle index reads, measured with the admin client. */
    ReadCost albumQueryCost(String what, String albumTitle) {
        return ReadCost.ofQuery(dynamo, what, QueryRequest.builder().tableName(tableName).indexName(INDEX)
                .keyConditionExpression("AlbumTitle = :album")
                .expressionAttributeValues(Map.of(":album", AttributeValue.fromS(albumTitle))).build());
    }

    /** What reading the whole table reads, measured with the admin client. */
    ReadCost scanCost(String what) {
        return ReadCost.ofScan(dynamo, what, ScanRequest.builder().tableName(tableName).build());
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

    /** The songs on an album, read through the index without the learner's code. */
    List<Song> storedSongsOnAlbum(String albumTitle) {
        return table.index(INDEX)
                .query(QueryConditional.keyEqualTo(Key.builder().partitionValue(albumTitle).build()))
                .stream()
                .flatMap(page -> page.items().stream())
                .toList();
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
