package org.dynamodbworkshop.lesson4;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dynamodbworkshop.common.Polling;
import org.dynamodbworkshop.testkit.ItemLookup;
import org.dynamodbworkshop.testkit.ReadCost;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Given set-up for the lesson's tests: a quick-photos table of the test's own, filled without the learner's code,
 * so an unsolved exercise never fails another exercise's tests; and reads of what the table holds afterwards.
 */
final class QuickPhotosFixture {

    static final String TABLE = QuickPhotosTable.NAME;
    static final String INDEX = QuickPhotosTable.INVERTED_INDEX;

    /** The time of the clock the learner's code is given. */
    static final Instant NOW = Instant.parse("2024-05-04T12:30:15Z");
    /** {@link #NOW} as the table stores it. */
    static final String NOW_TIMESTAMP = "2024-05-04T12:30:15";

    /**
     * The time limit of the heavier tests (the whole data set, hundreds of concurrent transactions), which take a
     * second or two but many times that on a busy machine; the other tests keep the runner's default limit.
     */
    static final long HEAVY_TEST_SECONDS = 90;

    /** A file in the format of the tutorial's {@code items.json}, beside this class in the test resources. */
    static final String TUTORIAL_FORMAT_FILE = "tutorial-format-items.json";

    private static final Duration INDEX_CATCH_UP = Duration.ofSeconds(60);

    /** The user of the large data set ({@link #withLargeDataSet}): a photographer many people follow. */
    static final String STAR = "idahalvorsen";
    /**
     * How many photos, reactions, followers and followed users the large data set holds: 4 KB each, 1.3 MB a group,
     * beside the followed users' profiles (small ones).
     */
    static final int LARGE = 320;
    private static final String LARGE_DATA_SET = "320-padded-items-a-group";
    /** An attribute none of the entities maps, only to make items large: about 4 KB of text. */
    private static final String PADDING = "padding";
    private static final AttributeValue PADDING_TEXT = AttributeValue.fromS("lorem ipsum ".repeat(340));
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final TestDynamoDb dynamo;
    private final String tableName;
    private final DynamoDbEnhancedClient enhanced;
    private boolean indexed;

    private QuickPhotosFixture(TestDynamoDb dynamo) {
        this(dynamo, dynamo.tableName(TABLE));
    }

    private QuickPhotosFixture(TestDynamoDb dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
        this.enhanced = dynamo.adminEnhancedClient();
    }

    /** The table as the tutorial creates it, without the inverted index, and empty. */
    static QuickPhotosFixture withoutIndex(TestDynamoDb dynamo) {
        QuickPhotosFixture fixture = new QuickPhotosFixture(dynamo);
        QuickPhotosTable.create(dynamo.admin(), fixture.tableName);
        return fixture;
    }

    /** The table with the inverted index already in place, and empty. */
    static QuickPhotosFixture withIndex(TestDynamoDb dynamo) {
        QuickPhotosFixture fixture = new QuickPhotosFixture(dynamo);
        fixture.createTableWithIndex();
        return fixture;
    }

    /**
     * The large read-only data set that the tests of a run share, with the inverted index: {@link #STAR} with
     * {@link #LARGE} photos, {@link #LARGE} reactions to her first photo, {@link #LARGE} followers and {@link #LARGE}
     * users she follows, each of these items padded to about 4 KB, and the profiles of the users she follows. Each of
     * those groups passes 1 MB, so reading one takes two pages, and the last items of a group come only on the
     * second.
     */
    static QuickPhotosFixture withLargeDataSet(TestDynamoDb dynamo) {
        String table = dynamo.sharedTable(TABLE, LARGE_DATA_SET, name -> {
            QuickPhotosFixture fixture = new QuickPhotosFixture(dynamo, name);
            fixture.createTableWithIndex();
            dynamo.putAll(name, Stream.of(List.of(User.TABLE_SCHEMA.itemToMap(largeStar(), true)),
                            padded(Photo.TABLE_SCHEMA, largePhotos()), padded(Reaction.TABLE_SCHEMA, largeReactions()),
                            padded(Friendship.TABLE_SCHEMA, largeFollowers()),
                            padded(Friendship.TABLE_SCHEMA, largeFollowing()),
                            largeFollowed().stream().map(user -> User.TABLE_SCHEMA.itemToMap(user, true)).toList())
                    .flatMap(List::stream).toList());
            fixture.awaitIndexCaughtUp();
        });
        // Built and caught up with its index once, before any test's app reads it.
        return new QuickPhotosFixture(dynamo, table);
    }

    private void createTableWithIndex() {
        dynamo.admin().createTable(request -> request
                .tableName(tableName)
                .keySchema(QuickPhotosTable.key(QuickPhotosTable.PK, KeyType.HASH),
                        QuickPhotosTable.key(QuickPhotosTable.SK, KeyType.RANGE))
                .attributeDefinitions(QuickPhotosTable.stringAttribute(QuickPhotosTable.PK),
                        QuickPhotosTable.stringAttribute(QuickPhotosTable.SK))
                .globalSecondaryIndexes(index -> index
                        .indexName(INDEX)
                        .keySchema(QuickPhotosTable.key(QuickPhotosTable.SK, KeyType.HASH),
                                QuickPhotosTable.key(QuickPhotosTable.PK, KeyType.RANGE))
                        .projection(projection -> projection.projectionType(ProjectionType.ALL)))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        dynamo.awaitTableActive(tableName);
        indexed = true;
    }

    /** Stores users, photos, reactions and friendships as given, counters and all. */
    QuickPhotosFixture with(Object... entities) {
        for (Object entity : entities) {
            dynamo.admin().putItem(request -> request.tableName(tableName).item(itemOf(entity)));
        }
        return this;
    }

    /** Stores many users, photos, reactions and friendships as given, 25 a BatchWriteItem: hundreds at once. */
    QuickPhotosFixture withAll(List<?> entities) {
        dynamo.putAll(tableName, entities.stream().map(QuickPhotosFixture::itemOf).toList());
        return this;
    }

    /** The entity's item, without the attributes it leaves unset. */
    private static Map<String, AttributeValue> itemOf(Object entity) {
        if (entity instanceof User user) {
            return User.TABLE_SCHEMA.itemToMap(user, true);
        } else if (entity instanceof Photo photo) {
            return Photo.TABLE_SCHEMA.itemToMap(photo, true);
        } else if (entity instanceof Reaction reaction) {
            return Reaction.TABLE_SCHEMA.itemToMap(reaction, true);
        } else if (entity instanceof Friendship friendship) {
            return Friendship.TABLE_SCHEMA.itemToMap(friendship, true);
        }
        throw new IllegalArgumentException("Not an entity of the table: " + entity);
    }

    /** Loads the lesson's data set with the given loader. */
    QuickPhotosFixture withDataSet() {
        return withDataSetThrough(dynamo.admin());
    }

    /** Loads the lesson's data set with the given loader, through another client, e.g. one that injects faults. */
    QuickPhotosFixture withDataSetThrough(DynamoDbClient client) {
        QuickPhotosData.loadDataSet(client, tableName);
        return this;
    }

    /** Loads a file in the tutorial's own {@code items.json} format with the given loader. */
    QuickPhotosFixture withTutorialFormatFile() {
        QuickPhotosData.load(dynamo.admin(), tableName,
                QuickPhotosFixture.class.getResourceAsStream(TUTORIAL_FORMAT_FILE));
        return this;
    }

    /**
     * The learner's app, on recorded clients, with the clock stopped at {@link #NOW}. Where the table has the
     * inverted index, it first waits until the index holds every item the fixture wrote: on DynamoDB Local it does at
     * once, on AWS a global secondary index catches up with the table a moment later.
     */
    QuickPhotosApp app() {
        if (indexed) {
            awaitIndexCaughtUp();
        }
        return new QuickPhotosApp(dynamo.client(), dynamo.enhancedClient(), tableName, INDEX,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /**
     * How long the learner's code may wait for a new index: polls close together on the test kit's DynamoDB Local,
     * the standard polling elsewhere (AWS, a DynamoDB Local that delays its statuses).
     */
    Polling indexPolling() {
        return dynamo.isEmbeddedLocal() ? Polling.LOCAL : Polling.STANDARD;
    }

    String tableName() {
        return tableName;
    }

    /** What a correct Query of the friendships in which a user follows others reads, measured with the admin client. */
    ReadCost costOfFollowing(String username) {
        return ReadCost.ofQuery(dynamo, "the friendships in which " + username + " follows", QueryRequest.builder()
                .tableName(tableName)
                .indexName(INDEX)
                .keyConditionExpression("SK = :friend")
                .expressionAttributeValues(Map.of(":friend", AttributeValue.fromS(Friendship.sortKey(username))))
                .build());
    }

    /** Checks of one item that show, when they fail, the key the learner's code sent beside the key stored. */
    ItemLookup items() {
        return ItemLookup.in(dynamo, TABLE);
    }

    /** An item's key, to show items in failure messages: {@code {PK: USER#alice, SK: #METADATA#alice}}. */
    static String keyOf(Map<String, AttributeValue> item) {
        return "{PK: " + text(item, QuickPhotosTable.PK) + ", SK: " + text(item, QuickPhotosTable.SK) + "}";
    }

    private void awaitIndexCaughtUp() {
        long deadline = System.nanoTime() + INDEX_CATCH_UP.toNanos();
        int items = count(null);
        while (count(INDEX) < items) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The index " + INDEX + " did not catch up with the table within "
                        + INDEX_CATCH_UP);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the index", e);
            }
        }
    }

    /** The items of the table, or of one of its indexes. */
    private int count(String indexName) {
        return dynamo.admin().scanPaginator(request -> request.tableName(tableName).indexName(indexName)
                        .select(Select.COUNT).consistentRead(indexName == null))
                .stream().mapToInt(ScanResponse::count).sum();
    }

    // The large data set. -----------------------------------------------------------------------------------------

    /** {@link #STAR}'s profile, counters and all. */
    static User largeStar() {
        return user(STAR, LARGE, LARGE);
    }

    /** {@link #STAR}'s photos, oldest first; the first has all the reactions. */
    static List<Photo> largePhotos() {
        List<Photo> photos = new ArrayList<>();
        for (int i = 0; i < LARGE; i++) {
            int each = i == 0 ? LARGE / ReactionType.values().length : 0;
            photos.add(photo(STAR, timestamp("2019-01-01T00:00:00", i * 60), each, each, each, each));
        }
        return photos;
    }

    /** The reactions to {@link #STAR}'s first photo: every type from each of {@code LARGE / 4} fans. */
    static List<Reaction> largeReactions() {
        Photo first = largePhotos().get(0);
        List<Reaction> reactions = new ArrayList<>();
        for (int i = 0; i < LARGE; i++) {
            ReactionType type = ReactionType.values()[i % ReactionType.values().length];
            reactions.add(reaction(fan(i / ReactionType.values().length), type, first,
                    timestamp("2019-03-01T00:00:00", i)));
        }
        return reactions;
    }

    /** {@link #STAR}'s followers. */
    static List<Friendship> largeFollowers() {
        List<Friendship> followers = new ArrayList<>();
        for (int i = 0; i < LARGE; i++) {
            followers.add(follows(fan(i), STAR, timestamp("2019-02-01T00:00:00", i)));
        }
        return followers;
    }

    /** The users {@link #STAR} follows. */
    static List<Friendship> largeFollowing() {
        List<Friendship> following = new ArrayList<>();
        for (int i = 0; i < LARGE; i++) {
            following.add(follows(STAR, String.format("artist%03d", i), timestamp("2019-02-15T00:00:00", i)));
        }
        return following;
    }

    /** The profiles of the users {@link #STAR} follows, by username: each has her as their one follower. */
    static List<User> largeFollowed() {
        return largeFollowing().stream().map(friendship -> user(friendship.getFollowedUser(), 1, 0)).toList();
    }

    private static String fan(int number) {
        return String.format("fan%03d", number);
    }

    private static String timestamp(String start, int minutesLater) {
        return LocalDateTime.parse(start).plusMinutes(minutesLater).format(TIMESTAMP);
    }

    private static <T> List<Map<String, AttributeValue>> padded(TableSchema<T> schema, List<T> entities) {
        return entities.stream().map(entity -> {
            Map<String, AttributeValue> item = new HashMap<>(schema.itemToMap(entity, true));
            item.put(PADDING, PADDING_TEXT);
            return item;
        }).toList();
    }

    // Sample entities. -------------------------------------------------------------------------------------------

    /** A new profile with made-up details derived from the username. */
    static User user(String username) {
        return User.newProfile(username, Character.toUpperCase(username.charAt(0)) + username.substring(1),
                username + "@example.com", "1990-02-03", "12 Harbor Road, Lakeside", "Out taking pictures",
                List.of("photography", "travel"));
    }

    /** A profile with its counters set, e.g. to match the friendships a test stores. */
    static User user(String username, int followers, int following) {
        User user = user(username);
        user.setFollowers(followers);
        user.setFollowing(following);
        return user;
    }

    /** A photo with no reactions yet. */
    static Photo photo(String owner, String timestamp) {
        return Photo.newPhoto(owner, timestamp, "https://cdn.example.com/photos/" + owner + "/" + timestamp + ".jpg");
    }

    /** A photo whose reaction counts are set, e.g. to match the reactions a test stores. */
    static Photo photo(String owner, String timestamp, int plusOnes, int smileys, int sunglasses, int hearts) {
        Photo photo = photo(owner, timestamp);
        photo.getReactions().put(ReactionType.PLUS_ONE.value(), plusOnes);
        photo.getReactions().put(ReactionType.SMILEY.value(), smileys);
        photo.getReactions().put(ReactionType.SUNGLASSES.value(), sunglasses);
        photo.getReactions().put(ReactionType.HEART.value(), hearts);
        return photo;
    }

    static Reaction reaction(String reactingUser, ReactionType type, Photo photo, String timestamp) {
        return new Reaction(reactingUser, type, photo.getSk(), timestamp);
    }

    /** {@code followingUser} follows {@code followedUser}. */
    static Friendship follows(String followingUser, String followedUser, String since) {
        return new Friendship(followedUser, followingUser, since);
    }

    // Reads of the table, not recorded. ---------------------------------------------------------------------------

    Optional<User> storedUser(String username) {
        return Optional.ofNullable(enhanced.table(tableName, User.TABLE_SCHEMA).getItem(User.key(username)));
    }

    Optional<Photo> storedPhoto(String owner, String timestamp) {
        return Optional.ofNullable(enhanced.table(tableName, Photo.TABLE_SCHEMA).getItem(Photo.key(owner, timestamp)));
    }

    /** Every item in the table, as stored, in key order. */
    List<Map<String, AttributeValue>> storedItems() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.admin().scanPaginator(request -> request.tableName(tableName).consistentRead(true)).items()
                .forEach(items::add);
        items.sort(Comparator.comparing((Map<String, AttributeValue> item) -> text(item, QuickPhotosTable.PK))
                .thenComparing(item -> text(item, QuickPhotosTable.SK)));
        return items;
    }

    List<Reaction> storedReactions() {
        return storedItems().stream().filter(QuickPhotosFixture::isReaction).map(Reaction.TABLE_SCHEMA::mapToItem)
                .toList();
    }

    List<Friendship> storedFriendships() {
        return storedItems().stream().filter(QuickPhotosFixture::isFriendship).map(Friendship.TABLE_SCHEMA::mapToItem)
                .toList();
    }

    /**
     * Every way in which the stored counters disagree with the relationship items they count: each photo's
     * {@code reactions} against its Reaction items, each user's {@code followers} and {@code following} against
     * the Friendship items, and relationship items that point at a photo or user that is not there.
     * Empty when the table is consistent.
     */
    List<String> counterMismatches() {
        List<Map<String, AttributeValue>> items = storedItems();
        Map<String, Map<String, Integer>> reactionsByPhoto = new HashMap<>();
        Map<String, Integer> followersByUser = new HashMap<>();
        Map<String, Integer> followingByUser = new HashMap<>();
        Map<String, Photo> photos = new HashMap<>();
        Map<String, User> users = new HashMap<>();
        for (Map<String, AttributeValue> item : items) {
            if (isReaction(item)) {
                Reaction reaction = Reaction.TABLE_SCHEMA.mapToItem(item);
                reactionsByPhoto.computeIfAbsent(text(item, QuickPhotosTable.SK), photo -> new HashMap<>())
                        .merge(reaction.getReactionType(), 1, Integer::sum);
            } else if (isFriendship(item)) {
                Friendship friendship = Friendship.TABLE_SCHEMA.mapToItem(item);
                followersByUser.merge(friendship.getFollowedUser(), 1, Integer::sum);
                followingByUser.merge(friendship.getFollowingUser(), 1, Integer::sum);
            } else if (isPhoto(item)) {
                photos.put(text(item, QuickPhotosTable.SK), Photo.TABLE_SCHEMA.mapToItem(item));
            } else if (isUser(item)) {
                users.put(text(item, QuickPhotosTable.PK).substring(QuickPhotosTable.USER_PREFIX.length()),
                        User.TABLE_SCHEMA.mapToItem(item));
            }
        }
        List<String> mismatches = new ArrayList<>();
        photos.forEach((sortKey, photo) -> {
            for (ReactionType type : ReactionType.values()) {
                int stored = reactionsByPhoto.getOrDefault(sortKey, Map.of()).getOrDefault(type.value(), 0);
                if (photo.reactionCount(type) != stored) {
                    mismatches.add(sortKey + " counts " + photo.reactionCount(type) + " " + type + " reactions but has "
                            + stored + " " + type + " Reaction items");
                }
            }
        });
        reactionsByPhoto.keySet().stream().filter(photo -> !photos.containsKey(photo))
                .forEach(photo -> mismatches.add("Reaction items point at " + photo + ", which is not in the table"));
        users.forEach((username, user) -> {
            int followers = followersByUser.getOrDefault(username, 0);
            int following = followingByUser.getOrDefault(username, 0);
            if (!Integer.valueOf(followers).equals(user.getFollowers())) {
                mismatches.add(username + " has followers = " + user.getFollowers() + " but " + followers
                        + " Friendship items follow them");
            }
            if (!Integer.valueOf(following).equals(user.getFollowing())) {
                mismatches.add(username + " has following = " + user.getFollowing() + " but follows " + following
                        + " users in Friendship items");
            }
        });
        followersByUser.keySet().stream().filter(username -> !users.containsKey(username))
                .forEach(username -> mismatches.add("Friendship items follow " + username + ", who is not in the table"));
        followingByUser.keySet().stream().filter(username -> !users.containsKey(username))
                .forEach(username -> mismatches.add("Friendship items have " + username
                        + " following someone, but there is no such user"));
        return mismatches;
    }

    static boolean isUser(Map<String, AttributeValue> item) {
        return text(item, QuickPhotosTable.SK).startsWith(QuickPhotosTable.METADATA_PREFIX);
    }

    static boolean isPhoto(Map<String, AttributeValue> item) {
        return text(item, QuickPhotosTable.PK).startsWith(QuickPhotosTable.USER_PREFIX)
                && text(item, QuickPhotosTable.SK).startsWith(QuickPhotosTable.PHOTO_PREFIX);
    }

    static boolean isReaction(Map<String, AttributeValue> item) {
        return text(item, QuickPhotosTable.PK).startsWith(QuickPhotosTable.REACTION_PREFIX);
    }

    static boolean isFriendship(Map<String, AttributeValue> item) {
        return text(item, QuickPhotosTable.SK).startsWith(QuickPhotosTable.FRIEND_PREFIX);
    }

    private static String text(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        return value == null || value.s() == null ? "" : value.s();
    }
}
