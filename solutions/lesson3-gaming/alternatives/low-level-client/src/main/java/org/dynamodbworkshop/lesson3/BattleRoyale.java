package org.dynamodbworkshop.lesson3;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Lesson 3, a second correct solution: the low-level client throughout, the Enhanced Client's schemas only to map
 * items to entities, the join's actions in the other order (the game first) and its counter kept with ADD.
 */
public class BattleRoyale {

    private final DynamoDbClient dynamoDb;
    private final DynamoDbTable<User> users;
    private final DynamoDbTable<Game> games;
    private final DynamoDbTable<UserGameMapping> mappings;
    private final String tableName;
    private final String openGamesIndexName;
    private final String invertedIndexName;

    public BattleRoyale(DynamoDbClient dynamoDb, DynamoDbEnhancedClient enhancedClient, String tableName,
                        String openGamesIndexName, String invertedIndexName) {
        this.dynamoDb = dynamoDb;
        this.users = enhancedClient.table(tableName, User.TABLE_SCHEMA);
        this.games = enhancedClient.table(tableName, Game.TABLE_SCHEMA);
        this.mappings = enhancedClient.table(tableName, UserGameMapping.TABLE_SCHEMA);
        this.tableName = tableName;
        this.openGamesIndexName = openGamesIndexName;
        this.invertedIndexName = invertedIndexName;
    }

    /**
     * Exercise 3.1: stores a new user, never overwriting one with the same username.
     * Budget: 1 PutItem, with a condition that no such item exists.
     *
     * @throws UserAlreadyExistsException if the username is taken (and nothing is written)
     */
    public void createUser(User user) {
        try {
            dynamoDb.putItem(request -> request
                    .tableName(tableName)
                    .item(User.TABLE_SCHEMA.itemToMap(user, true))
                    .conditionExpression("attribute_not_exists(PK) AND attribute_not_exists(SK)"));
        } catch (ConditionalCheckFailedException e) {
            throw new UserAlreadyExistsException(user.getUsername(), e);
        }
    }

    /** Exercise 3.2: a user's profile by username. Budget: 1 GetItem. */
    public Optional<User> getUser(String username) {
        GetItemResponse response = dynamoDb.getItem(request -> request
                .tableName(tableName)
                .key(User.keyAttributes(username)));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(User.TABLE_SCHEMA.mapToItem(response.item()))
                : Optional.empty();
    }

    /**
     * Exercise 3.3: sets the profile fields (name, email, birthdate, address) of an existing user, keeping the rest.
     * Budget: 1 UpdateItem, with a condition that the user exists.
     *
     * @throws UserNotFoundException if there is no such user (and nothing is written)
     */
    public void updateUserProfile(String username, Profile profile) {
        try {
            dynamoDb.updateItem(request -> request
                    .tableName(tableName)
                    .key(User.keyAttributes(username))
                    .updateExpression("SET #n = :n, email = :e, birthdate = :b, address = :a")
                    .conditionExpression("attribute_exists(SK)")
                    .expressionAttributeNames(Map.of("#n", "name"))
                    .expressionAttributeValues(Map.of(":n", text(profile.name()), ":e", text(profile.email()),
                            ":b", text(profile.birthdate()), ":a", text(profile.address()))));
        } catch (ConditionalCheckFailedException e) {
            throw new UserNotFoundException(username, e);
        }
    }

    /**
     * Exercise 3.4: stores a new game, such as one made by {@link Game#open}, never overwriting an existing game.
     * Budget: 1 PutItem, with a condition that no such item exists.
     *
     * @throws GameAlreadyExistsException if the game id is taken (and nothing is written)
     */
    public void createGame(Game game) {
        try {
            dynamoDb.putItem(request -> request
                    .tableName(tableName)
                    .item(Game.TABLE_SCHEMA.itemToMap(game, true))
                    .conditionExpression("attribute_not_exists(PK)"));
        } catch (ConditionalCheckFailedException e) {
            throw new GameAlreadyExistsException(game.getGameId(), e);
        }
    }

    /**
     * Exercise 3.5: a game and its players (in username order), or empty if there is no such game.
     * Budget: 1 Query on the table (the game's item collection); no GetItem, no Scan.
     */
    public Optional<GameWithPlayers> fetchGameAndPlayers(String gameId) {
        // The partition holds only the game and its players, so the partition key alone is enough here.
        List<Map<String, AttributeValue>> items = dynamoDb.queryPaginator(request -> request
                        .tableName(tableName)
                        .keyConditionExpression("PK = :pk")
                        .expressionAttributeValues(Map.of(":pk", text(Game.pk(gameId)))))
                .items().stream().toList();
        return GameWithPlayers.fromItems(items);
    }

    /** Exercise 3.6: the open games on a map, oldest first. Budget: 1 Query on OpenGamesIndex. */
    public List<Game> findOpenGamesByMap(String map) {
        return dynamoDb.queryPaginator(request -> request
                        .tableName(tableName)
                        .indexName(openGamesIndexName)
                        .keyConditionExpression("#map = :map")
                        .expressionAttributeNames(Map.of("#map", Game.MAP))
                        .expressionAttributeValues(Map.of(":map", text(map))))
                .items().stream()
                .map(Game.TABLE_SCHEMA::mapToItem)
                .toList();
    }

    /** Exercise 3.7: every open game, on any map, in any order. Budget: Scan requests on OpenGamesIndex only. */
    public List<Game> findOpenGames() {
        return dynamoDb.scanPaginator(request -> request.tableName(tableName).indexName(openGamesIndexName))
                .items().stream()
                .map(Game.TABLE_SCHEMA::mapToItem)
                .toList();
    }

    /**
     * Exercise 3.8: puts a user into an open game that has room, adding 1 to its people.
     * Budget: 1 TransactWriteItems (the mapping and the game together); nothing read before or after.
     * If DynamoDB cancels the transaction for another reason than a failed condition (such as a conflict with a
     * transaction changing the game at the same moment), let its {@code TransactionCanceledException} through: nothing
     * was written, and the caller may try again.
     *
     * @throws AlreadyJoinedException if the user is in the game already
     * @throws GameFullException if the game holds {@link BattleRoyaleTable#MAX_PLAYERS} people already
     * @throws GameAlreadyStartedException if the game has started
     * @throws GameNotFoundException if there is no such game
     */
    public void joinGame(String gameId, String username) {
        TransactWriteItem countPerson = TransactWriteItem.builder().update(update -> update
                        .tableName(tableName)
                        .key(Game.keyAttributes(gameId))
                        .updateExpression("ADD people :one")
                        .conditionExpression("people < :max")
                        .expressionAttributeValues(Map.of(":one", number(1),
                                ":max", number(BattleRoyaleTable.MAX_PLAYERS)))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                .build();
        TransactWriteItem addMapping = TransactWriteItem.builder().put(put -> put
                        .tableName(tableName)
                        .item(UserGameMapping.TABLE_SCHEMA.itemToMap(new UserGameMapping(gameId, username), true))
                        .conditionExpression("attribute_not_exists(PK)"))
                .build();
        try {
            dynamoDb.transactWriteItems(request -> request.transactItems(countPerson, addMapping));
        } catch (TransactionCanceledException e) {
            CancellationReason game = e.cancellationReasons().get(0);
            CancellationReason mapping = e.cancellationReasons().get(1);
            if ("ConditionalCheckFailed".equals(mapping.code())) {
                throw new AlreadyJoinedException(gameId, username, e);
            }
            if (!"ConditionalCheckFailed".equals(game.code())) {
                throw e;
            }
            if (!game.hasItem() || game.item().isEmpty()) {
                throw new GameNotFoundException(gameId, e);
            }
            if (game.item().containsKey(Game.START_TIME)) {
                throw new GameAlreadyStartedException(gameId, e);
            }
            throw new GameFullException(gameId, username, e);
        }
    }

    /**
     * Exercise 3.9: starts a full game on its creator's request: sets {@code start_time} and removes
     * {@code open_timestamp}, so the game leaves the open-games index.
     * Budget: 1 UpdateItem, with a condition; nothing read before or after.
     *
     * @param startTime when the game starts, such as {@code 2019-04-16T10:12:54}
     * @throws GameNotFullException if the game has fewer than {@link BattleRoyaleTable#MAX_PLAYERS} people
     * @throws NotGameCreatorException if {@code username} did not create the game
     * @throws GameAlreadyStartedException if the game has started already
     * @throws GameNotFoundException if there is no such game
     */
    public void startGame(String gameId, String username, String startTime) {
        try {
            dynamoDb.updateItem(request -> request
                    .tableName(tableName)
                    .key(Game.keyAttributes(gameId))
                    .updateExpression("SET start_time = :start REMOVE open_timestamp")
                    .conditionExpression("attribute_exists(open_timestamp) AND creator = :username AND people = :max")
                    .expressionAttributeValues(Map.of(":start", text(startTime), ":username", text(username),
                            ":max", number(BattleRoyaleTable.MAX_PLAYERS)))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> old = e.hasItem() ? e.item() : Map.of();
            if (old.isEmpty()) {
                throw new GameNotFoundException(gameId, e);
            }
            if (!old.containsKey(Game.OPEN_TIMESTAMP)) {
                throw new GameAlreadyStartedException(gameId, e);
            }
            if (!old.get(Game.CREATOR).s().equals(username)) {
                throw new NotGameCreatorException(gameId, username, e);
            }
            throw new GameNotFullException(gameId, Integer.parseInt(old.get(Game.PEOPLE).n()), e);
        }
    }

    /**
     * Exercise 3.10: the games a user is or was in, as their mappings (with the place, if any), in game id order.
     * Budget: 1 Query on InvertedIndex.
     */
    public List<UserGameMapping> findGamesForUser(String username) {
        return dynamoDb.queryPaginator(request -> request
                        .tableName(tableName)
                        .indexName(invertedIndexName)
                        .keyConditionExpression("SK = :sk")
                        .expressionAttributeValues(Map.of(":sk", text(UserGameMapping.sk(username)))))
                .items().stream()
                .map(UserGameMapping.TABLE_SCHEMA::mapToItem)
                .toList();
    }

    /**
     * Exercise 3.11: records a player's place when a game ends.
     * Budget: 1 UpdateItem on the mapping, with a condition; nothing read before or after.
     *
     * @throws NotAPlayerException if the user did not play in the game (and nothing is written)
     * @throws PlaceAlreadyRecordedException if the player has a place already (and it is kept)
     */
    public void recordPlace(String gameId, String username, Place place) {
        try {
            dynamoDb.updateItem(request -> request
                    .tableName(tableName)
                    .key(UserGameMapping.keyAttributes(gameId, username))
                    .updateExpression("SET place = :place")
                    .conditionExpression("attribute_exists(PK) AND attribute_not_exists(place)")
                    .expressionAttributeValues(Map.of(":place", text(place.value())))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
        } catch (ConditionalCheckFailedException e) {
            if (!e.hasItem() || e.item().isEmpty()) {
                throw new NotAPlayerException(gameId, username, e);
            }
            throw new PlaceAlreadyRecordedException(gameId, username, e.item().get(UserGameMapping.PLACE).s(), e);
        }
    }

    private static AttributeValue text(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue number(int value) {
        return AttributeValue.fromN(Integer.toString(value));
    }
}
