package org.dynamodbworkshop.lesson3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.dynamodbworkshop.common.JsonLines;
import org.dynamodbworkshop.testkit.ItemLookup;
import org.dynamodbworkshop.testkit.ReadCost;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.dynamodbworkshop.testkit.UnprocessedItemsInjector;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.model.EnhancedGlobalSecondaryIndex;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Given set-up for the lesson's tests: a battle-royale table of the test's own, filled without the learner's code, so
 * an unsolved exercise never fails another exercise's tests. Also the facts of the data sets, read straight from
 * their files, to compare answers with.
 */
final class BattleRoyaleFixture {

    static final String TABLE = BattleRoyaleTable.NAME;
    static final String OPEN_GAMES_INDEX = BattleRoyaleTable.OPEN_GAMES_INDEX;
    static final String INVERTED_INDEX = BattleRoyaleTable.INVERTED_INDEX;
    static final int MAX_PLAYERS = BattleRoyaleTable.MAX_PLAYERS;

    /** Advice for reads of the large data, which take several pages. */
    static final String EVERY_PAGE = "A Query returns at most 1 MB: follow LastEvaluatedKey to the last page (a"
            + " paginator does); a Limit only makes the pages smaller.";

    /** A hand-written file in the format of the tutorial's {@code items.json}: 8 users, 3 open games, 9 mappings. */
    static final String TUTORIAL_SAMPLE = "tutorial-items-sample.jsonl";

    private final TestDynamoDb dynamo;
    private final String tableName;
    private final BattleRoyaleTable table;
    private final DynamoDbTable<User> users;
    private final DynamoDbTable<Game> games;
    private final DynamoDbTable<UserGameMapping> mappings;

    private BattleRoyaleFixture(TestDynamoDb dynamo) {
        this(dynamo, dynamo.tableName(TABLE));
    }

    private BattleRoyaleFixture(TestDynamoDb dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
        this.table = new BattleRoyaleTable(dynamo.admin(), tableName);
        this.users = dynamo.adminEnhancedClient().table(tableName, User.TABLE_SCHEMA);
        this.games = dynamo.adminEnhancedClient().table(tableName, Game.TABLE_SCHEMA);
        this.mappings = dynamo.adminEnhancedClient().table(tableName, UserGameMapping.TABLE_SCHEMA);
    }

    /**
     * An empty table with both indexes. (The indexes are made with the table here, which is instant; adding them to
     * the live table, as the tutorial does, takes a second each on DynamoDB Local.)
     */
    static BattleRoyaleFixture withIndexes(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = new BattleRoyaleFixture(dynamo);
        fixture.createWithIndexes();
        return fixture;
    }

    private void createWithIndexes() {
        games.createTable(request -> request.globalSecondaryIndices(
                allAttributes(OPEN_GAMES_INDEX), allAttributes(INVERTED_INDEX)));
        dynamo.awaitTableActive(tableName);
    }

    /** An empty table without indexes, made by the given code, as the tutorial's first script makes it. */
    static BattleRoyaleFixture withoutIndexes(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = new BattleRoyaleFixture(dynamo);
        fixture.table.create();
        return fixture;
    }

    /** A table with both indexes, holding the course's data set. */
    static BattleRoyaleFixture withDataSet(TestDynamoDb dynamo) {
        return withIndexes(dynamo).loadDataSet();
    }

    /**
     * The run's shared read-only table of {@link LargeData}, with both indexes, whose reads span several 1 MB pages.
     * The learner's code may only read it.
     */
    static BattleRoyaleFixture withLargeData(TestDynamoDb dynamo) {
        String shared = dynamo.sharedTable(TABLE, LargeData.NAME, name -> {
            new BattleRoyaleFixture(dynamo, name).createWithIndexes();
            dynamo.putAll(name, LargeData.items());
        });
        return new BattleRoyaleFixture(dynamo, shared);
    }

    /** Adds OpenGamesIndex to the live table with the given code, and waits until it is ACTIVE. */
    BattleRoyaleFixture addOpenGamesIndex() {
        table.addOpenGamesIndex();
        return this;
    }

    /** Adds InvertedIndex to the live table with the given code, and waits until it is ACTIVE. */
    BattleRoyaleFixture addInvertedIndex() {
        table.addInvertedIndex();
        return this;
    }

    /** Loads the course's data set with the given loader. */
    BattleRoyaleFixture loadDataSet() {
        table.loadDataSet();
        return this;
    }

    /**
     * Loads the course's data set with the given loader while DynamoDB leaves some writes unprocessed, as it does when
     * it throttles: through the test's recorded client, on which {@code busy} was installed before its first use.
     * The loader's requests are then forgotten, so that only the learner's count.
     */
    BattleRoyaleFixture loadDataSetWhileBusy(UnprocessedItemsInjector busy) {
        dynamo.intercept(busy);
        new BattleRoyaleTable(dynamo.client(), tableName).loadDataSet();
        dynamo.forgetRequests();
        return this;
    }

    /** Loads a file in the tutorial's format with the given loader, as {@code load} does from the command line. */
    BattleRoyaleFixture loadFile(Path file) {
        table.load(file);
        return this;
    }

    /** Stores users, games or mappings as they are. */
    BattleRoyaleFixture put(Object... entities) {
        for (Object entity : entities) {
            if (entity instanceof User user) {
                users.putItem(user);
            } else if (entity instanceof Game game) {
                games.putItem(game);
            } else if (entity instanceof UserGameMapping mapping) {
                mappings.putItem(mapping);
            } else {
                throw new IllegalArgumentException("Not an entity of this table: " + entity);
            }
        }
        return this;
    }

    /**
     * Stores an open game created by {@code creator} at {@code openedAt}, with {@code people} players: the creator and
     * {@code player-01}, {@code player-02}, ...
     */
    Game openGame(String gameId, String map, String creator, String openedAt, int people) {
        Game game = Game.open(gameId, map, creator, openedAt);
        game.setPeople(people);
        put(game);
        players(people, creator).forEach(username -> put(new UserGameMapping(gameId, username)));
        return game;
    }

    /** Stores a full game that has started, created by {@code creator}. */
    Game startedGame(String gameId, String map, String creator, String openedAt, String startedAt) {
        Game game = openGame(gameId, map, creator, openedAt, MAX_PLAYERS);
        game.setOpenTimestamp(null);
        game.setStartTime(startedAt);
        put(game);
        return game;
    }

    /** The usernames {@link #openGame} gives a game's players. */
    static List<String> players(int people, String creator) {
        List<String> players = new ArrayList<>();
        if (people > 0) {
            players.add(creator);
        }
        IntStream.rangeClosed(1, people - 1).mapToObj(i -> String.format("player-%02d", i)).forEach(players::add);
        return players;
    }

    /** The learner's code, on recorded clients. */
    BattleRoyale service() {
        return new BattleRoyale(dynamo.client(), dynamo.enhancedClient(), tableName, OPEN_GAMES_INDEX, INVERTED_INDEX);
    }

    String tableName() {
        return tableName;
    }

    /** Checks of one item that show, when they fail, the key the learner's code sent beside the key stored. */
    ItemLookup items() {
        return ItemLookup.in(dynamo, TABLE);
    }

    Optional<User> storedUser(String username) {
        return Optional.ofNullable(users.getItem(User.key(username)));
    }

    Optional<Game> storedGame(String gameId) {
        return Optional.ofNullable(games.getItem(Game.key(gameId)));
    }

    Optional<UserGameMapping> storedMapping(String gameId, String username) {
        return Optional.ofNullable(mappings.getItem(UserGameMapping.key(gameId, username)));
    }

    /** Stores an item that holds nothing but this key, as an unfinished sign-up or an old import may leave one. */
    BattleRoyaleFixture putKeysOnly(Map<String, AttributeValue> key) {
        dynamo.admin().putItem(request -> request.tableName(tableName).item(key));
        return this;
    }

    /**
     * The attributes of the item with this key as stored, each as {@code name: TYPE} ({@code people: N},
     * {@code start_time: NUL}), in name order; none if there is no such item.
     */
    List<String> storedAttributeTypes(Map<String, AttributeValue> key) {
        return storedItem(key).orElse(Map.of()).entrySet().stream()
                .map(attribute -> attribute.getKey() + ": " + attribute.getValue().type())
                .sorted()
                .toList();
    }

    /** What a correct Query of the large data (or of an index of it) reads, measured with the admin client. */
    ReadCost readCostOf(String what, Consumer<QueryRequest.Builder> query) {
        QueryRequest.Builder request = QueryRequest.builder().tableName(tableName);
        query.accept(request);
        return severalPages(ReadCost.ofQuery(dynamo, what, request.build()));
    }

    /** What a Scan of all of the large data's OpenGamesIndex reads, measured with the admin client. */
    ReadCost readCostOfOpenGamesIndexScan(String what) {
        return severalPages(ReadCost.ofScan(dynamo, what,
                ScanRequest.builder().tableName(tableName).indexName(OPEN_GAMES_INDEX).build()));
    }

    /** The large data's reads are there to take several pages; if one no longer does, its items need more padding. */
    private static ReadCost severalPages(ReadCost cost) {
        if (cost.pages() < 2) {
            throw new IllegalStateException("The large data set no longer spans several pages: " + cost);
        }
        return cost;
    }

    /** The item with this key exactly as stored, attribute by attribute. */
    Optional<Map<String, AttributeValue>> storedItem(Map<String, AttributeValue> key) {
        var response = dynamo.admin().getItem(request -> request.tableName(tableName).key(key).consistentRead(true));
        return response.hasItem() ? Optional.of(response.item()) : Optional.empty();
    }

    /** The mappings stored in a game's partition, in username order. */
    List<UserGameMapping> storedPlayers(String gameId) {
        return dynamo.admin().queryPaginator(request -> request
                        .tableName(tableName)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :users)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Game.pk(gameId)),
                                ":users", AttributeValue.fromS("USER#")))
                        .consistentRead(true))
                .items().stream()
                .map(UserGameMapping.TABLE_SCHEMA::mapToItem)
                .toList();
    }

    /** The games in OpenGamesIndex right now, in key order. */
    List<Game> gamesInOpenGamesIndex() {
        return games.index(OPEN_GAMES_INDEX).scan().stream()
                .map(Page::items)
                .flatMap(List::stream)
                .sorted(Comparator.comparing(Game::getMap).thenComparing(Game::getOpenTimestamp))
                .toList();
    }

    /** How many items the table holds. */
    int itemCount() {
        return dynamo.admin().scanPaginator(request -> request.tableName(tableName).consistentRead(true)).stream()
                .mapToInt(response -> response.count())
                .sum();
    }

    /** Writes the course's data set to a file in the tutorial's format, as a user would pass it to {@code load}. */
    static Path dataSetFile(Path folder) {
        return copyResource(BattleRoyaleData.class, BattleRoyaleData.DATA_SET, folder.resolve("items.json"));
    }

    /** Writes the hand-written tutorial sample to a file, as a user would pass the tutorial's items.json. */
    static Path tutorialSampleFile(Path folder) {
        return copyResource(BattleRoyaleFixture.class, TUTORIAL_SAMPLE, folder.resolve("items.json"));
    }

    /** The facts of the course's data set, read straight from its file. */
    static DataSet dataSet() {
        return DataSet.of(BattleRoyaleData.dataSet());
    }

    /** The facts of the shared large data of {@link #withLargeData}, from the items it is built of. */
    static DataSet largeData() {
        return DataSet.of(LargeData.items());
    }

    /** The facts of the hand-written tutorial sample, read straight from its file. */
    static DataSet tutorialSample() {
        try (InputStream input = BattleRoyaleFixture.class.getResourceAsStream(TUTORIAL_SAMPLE)) {
            return DataSet.of(JsonLines.read(input));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copyResource(Class<?> owner, String name, Path target) {
        try (InputStream input = owner.getResourceAsStream(name)) {
            Files.copy(input, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EnhancedGlobalSecondaryIndex allAttributes(String indexName) {
        return EnhancedGlobalSecondaryIndex.builder()
                .indexName(indexName)
                .projection(projection -> projection.projectionType(ProjectionType.ALL))
                .build();
    }

    /**
     * The shared data of {@link #withLargeData}, whose reads take several 1 MB pages: a full open game whose 50
     * players' items are large, so that the game's partition holds about 1.3 MB; and 320 open games on one map, each
     * with one player, the same regular (the one user with a profile), so that the map's partition of OpenGamesIndex
     * and the regular's partition of InvertedIndex hold about 1.3 MB each. A padding attribute, which the entities do
     * not map, makes the items large.
     */
    static final class LargeData {

        static final String NAME = "pages-of-games";
        static final String CROWDED_GAME = "g-crowded";
        static final String BUSY_MAP = "Juicy Jungle";
        static final String REGULAR = "marathoner";

        private static final int GAMES_ON_BUSY_MAP = 320;
        private static final String PADDING = "padding";
        private static final int PLAYER_PADDING = 27_000;
        private static final int GAME_PADDING = 4_000;
        private static final LocalDateTime FIRST_OPENED = LocalDateTime.of(2019, 4, 16, 6, 0);
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

        private LargeData() {
        }

        /** The profile of {@link #REGULAR}, the one user profile of the data. */
        static User regularProfile() {
            return new User(REGULAR, "Marathon Player", "marathoner@example.net", "1990-01-01", "1 Long Road, Ely, NV");
        }

        static List<Map<String, AttributeValue>> items() {
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            items.add(User.TABLE_SCHEMA.itemToMap(regularProfile(), true));
            Game crowded = Game.open(CROWDED_GAME, "Rocky Ridge", "hwalker", "2019-04-16T05:30:00");
            crowded.setPeople(MAX_PLAYERS);
            items.add(Game.TABLE_SCHEMA.itemToMap(crowded, true));
            for (String player : players(MAX_PLAYERS, crowded.getCreator())) {
                items.add(padded(UserGameMapping.TABLE_SCHEMA.itemToMap(new UserGameMapping(CROWDED_GAME, player),
                        true), PLAYER_PADDING));
            }
            for (int i = 0; i < GAMES_ON_BUSY_MAP; i++) {
                // 7 and 320 have no common divisor: the games open in another order than their ids.
                String openedAt = FIRST_OPENED.plusMinutes(i * 7L % GAMES_ON_BUSY_MAP).format(TIME);
                Game game = Game.open(String.format("jj-%03d", i), BUSY_MAP, REGULAR, openedAt);
                game.setPeople(1);
                items.add(padded(Game.TABLE_SCHEMA.itemToMap(game, true), GAME_PADDING));
                items.add(padded(UserGameMapping.TABLE_SCHEMA.itemToMap(
                        new UserGameMapping(game.getGameId(), REGULAR), true), GAME_PADDING));
            }
            return items;
        }

        private static Map<String, AttributeValue> padded(Map<String, AttributeValue> item, int size) {
            Map<String, AttributeValue> padded = new HashMap<>(item);
            padded.put(PADDING, AttributeValue.fromS("x".repeat(size)));
            return padded;
        }
    }

    /**
     * The entities of a file in the tutorial's format, told apart by their keys.
     *
     * @param lines how many items the file holds
     * @param users the users, in file order
     * @param games the games, in file order
     * @param mappings the user-game mappings, in file order
     */
    record DataSet(int lines, List<User> users, List<Game> games, List<UserGameMapping> mappings) {

        static DataSet of(List<Map<String, AttributeValue>> items) {
            List<User> users = new ArrayList<>();
            List<Game> games = new ArrayList<>();
            List<UserGameMapping> mappings = new ArrayList<>();
            for (Map<String, AttributeValue> item : items) {
                if (item.get(BattleRoyaleTable.PK).s().startsWith("USER#")) {
                    users.add(User.TABLE_SCHEMA.mapToItem(item));
                } else if (item.get(BattleRoyaleTable.SK).s().startsWith("#METADATA#")) {
                    games.add(Game.TABLE_SCHEMA.mapToItem(item));
                } else {
                    mappings.add(UserGameMapping.TABLE_SCHEMA.mapToItem(item));
                }
            }
            return new DataSet(items.size(), List.copyOf(users), List.copyOf(games), List.copyOf(mappings));
        }

        List<Game> openGames() {
            return games.stream().filter(game -> game.getOpenTimestamp() != null).toList();
        }

        /** The open games on a map, oldest first. */
        List<Game> openGamesOn(String map) {
            return openGames().stream()
                    .filter(game -> game.getMap().equals(map))
                    .sorted(Comparator.comparing(Game::getOpenTimestamp))
                    .toList();
        }

        List<String> maps() {
            return games.stream().map(Game::getMap).distinct().sorted().toList();
        }

        /** A game's players, in username order. */
        List<UserGameMapping> playersOf(String gameId) {
            return mappings.stream()
                    .filter(mapping -> mapping.getGameId().equals(gameId))
                    .sorted(Comparator.comparing(UserGameMapping::getUsername))
                    .toList();
        }

        /** A user's mappings, in game id order. */
        List<UserGameMapping> gamesOf(String username) {
            return mappings.stream()
                    .filter(mapping -> mapping.getUsername().equals(username))
                    .sorted(Comparator.comparing(UserGameMapping::getGameId))
                    .toList();
        }

        Game game(String gameId) {
            return games.stream().filter(game -> game.getGameId().equals(gameId)).findFirst().orElseThrow();
        }
    }
}
