package org.dynamodbworkshop.lesson3;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A second correct solution of lesson 3 whose reads are PartiQL statements: each SELECT that fixes a partition key
 * is the Query it stands for, and the one of the whole sparse index is the Scan it stands for, page by page. The
 * self-check proves it gets full marks, so the tests judge what a read does, not how it is spelled.
 */
public class BattleRoyale {

    /** The reason code of a transaction action whose condition did not hold. */
    private static final String CONDITION_FAILED = "ConditionalCheckFailed";
    /** Sorts after every {@code USER#...} sort key, because {@code $} comes after {@code #}. */
    private static final String AFTER_LAST_PLAYER = "USER$";

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
            users.putItem(PutItemEnhancedRequest.builder(User.class)
                    .item(user)
                    .conditionExpression(ifAbsent())
                    .build());
        } catch (ConditionalCheckFailedException e) {
            throw new UserAlreadyExistsException(user.getUsername(), e);
        }
    }

    /** Exercise 3.2: a user's profile by username. Budget: 1 GetItem. */
    public Optional<User> getUser(String username) {
        return Optional.ofNullable(users.getItem(User.key(username)));
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
                    .updateExpression("SET #name = :name, #email = :email,"
                            + " #birthdate = :birthdate, #address = :address")
                    .conditionExpression("attribute_exists(#pk)")
                    .expressionAttributeNames(Map.of("#name", User.NAME, "#email", User.EMAIL,
                            "#birthdate", User.BIRTHDATE, "#address", User.ADDRESS, "#pk", BattleRoyaleTable.PK))
                    .expressionAttributeValues(Map.of(":name", text(profile.name()), ":email", text(profile.email()),
                            ":birthdate", text(profile.birthdate()), ":address", text(profile.address()))));
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
            games.putItem(PutItemEnhancedRequest.builder(Game.class)
                    .item(game)
                    .conditionExpression(ifAbsent())
                    .build());
        } catch (ConditionalCheckFailedException e) {
            throw new GameAlreadyExistsException(game.getGameId(), e);
        }
    }

    /** Exercise 3.5, as a PartiQL SELECT of the game's item collection, from the game to its last player. */
    public Optional<GameWithPlayers> fetchGameAndPlayers(String gameId) {
        return GameWithPlayers.fromItems(select("SELECT * FROM \"" + tableName + "\" WHERE PK = ?"
                + " AND SK BETWEEN ? AND ?", text(Game.pk(gameId)), text(Game.sk(gameId)), text(AFTER_LAST_PLAYER)));
    }

    /** Exercise 3.6, as a PartiQL SELECT of OpenGamesIndex that fixes its partition key. */
    public List<Game> findOpenGamesByMap(String map) {
        return select("SELECT * FROM \"" + tableName + "\".\"" + openGamesIndexName + "\" WHERE \"map\" = ?",
                text(map)).stream().map(Game.TABLE_SCHEMA::mapToItem).toList();
    }

    /** Exercise 3.7, as a PartiQL SELECT of the whole sparse index: the Scan of it. */
    public List<Game> findOpenGames() {
        return select("SELECT * FROM \"" + tableName + "\".\"" + openGamesIndexName + "\"").stream()
                .map(Game.TABLE_SCHEMA::mapToItem).toList();
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
        TransactWriteItem addMapping = TransactWriteItem.builder().put(put -> put
                .tableName(tableName)
                .item(Map.of(BattleRoyaleTable.PK, text(UserGameMapping.pk(gameId)),
                        BattleRoyaleTable.SK, text(UserGameMapping.sk(username)),
                        UserGameMapping.GAME_ID, text(gameId),
                        UserGameMapping.USERNAME, text(username)))
                .conditionExpression("attribute_not_exists(#sk)")
                .expressionAttributeNames(Map.of("#sk", BattleRoyaleTable.SK))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                .build();
        TransactWriteItem countPerson = TransactWriteItem.builder().update(update -> update
                .tableName(tableName)
                .key(Game.keyAttributes(gameId))
                .updateExpression("SET #people = #people + :one")
                .conditionExpression("attribute_exists(#open) AND #people < :max")
                .expressionAttributeNames(Map.of("#people", Game.PEOPLE, "#open", Game.OPEN_TIMESTAMP))
                .expressionAttributeValues(Map.of(":one", number(1), ":max", number(BattleRoyaleTable.MAX_PLAYERS)))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                .build();
        try {
            dynamoDb.transactWriteItems(request -> request.transactItems(addMapping, countPerson));
        } catch (TransactionCanceledException e) {
            throw whyJoinFailed(gameId, username, e);
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
                    .updateExpression("REMOVE #open SET #start = :start")
                    .conditionExpression("#people = :max AND #creator = :username AND attribute_not_exists(#start)")
                    .expressionAttributeNames(Map.of("#open", Game.OPEN_TIMESTAMP, "#start", Game.START_TIME,
                            "#people", Game.PEOPLE, "#creator", Game.CREATOR))
                    .expressionAttributeValues(Map.of(":start", text(startTime),
                            ":max", number(BattleRoyaleTable.MAX_PLAYERS), ":username", text(username)))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
        } catch (ConditionalCheckFailedException e) {
            throw whyStartFailed(gameId, username, e);
        }
    }

    /** Exercise 3.10, as a PartiQL SELECT of InvertedIndex that fixes its partition key. */
    public List<UserGameMapping> findGamesForUser(String username) {
        return select("SELECT * FROM \"" + tableName + "\".\"" + invertedIndexName + "\" WHERE SK = ?",
                text(UserGameMapping.sk(username))).stream().map(UserGameMapping.TABLE_SCHEMA::mapToItem).toList();
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
                    .updateExpression("SET #place = :place")
                    .conditionExpression("attribute_exists(#sk) AND attribute_not_exists(#place)")
                    .expressionAttributeNames(Map.of("#place", UserGameMapping.PLACE, "#sk", BattleRoyaleTable.SK))
                    .expressionAttributeValues(Map.of(":place", text(place.value())))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> old = e.item();
            if (old == null || old.isEmpty()) {
                throw new NotAPlayerException(gameId, username, e);
            }
            throw new PlaceAlreadyRecordedException(gameId, username, old.get(UserGameMapping.PLACE).s(), e);
        }
    }

    /** Decides from the old items the cancelled transaction carries; the actions are the mapping, then the game. */
    /** Runs a SELECT, following NextToken from page to page. */
    private List<Map<String, AttributeValue>> select(String statement, AttributeValue... parameters) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        String nextToken = null;
        do {
            String token = nextToken;
            // DynamoDB refuses an empty list of parameters: a statement without any sends none.
            ExecuteStatementResponse page = dynamoDb.executeStatement(request -> request.statement(statement)
                    .parameters(parameters.length == 0 ? null : List.of(parameters)).nextToken(token));
            items.addAll(page.items());
            nextToken = page.nextToken();
        } while (nextToken != null);
        return items;
    }

    private static RuntimeException whyJoinFailed(String gameId, String username, TransactionCanceledException e) {
        List<CancellationReason> reasons = e.cancellationReasons();
        CancellationReason mapping = reasons.get(0);
        CancellationReason game = reasons.get(1);
        if (conditionFailed(game)) {
            Map<String, AttributeValue> old = game.item();
            if (old == null || old.isEmpty()) {
                return new GameNotFoundException(gameId, e);
            }
            if (!old.containsKey(Game.OPEN_TIMESTAMP)) {
                return new GameAlreadyStartedException(gameId, e);
            }
            if (!conditionFailed(mapping)) {
                return new GameFullException(gameId, username, e);
            }
        }
        if (conditionFailed(mapping)) {
            return new AlreadyJoinedException(gameId, username, e);
        }
        return e;
    }

    private static RuntimeException whyStartFailed(String gameId, String username,
                                                   ConditionalCheckFailedException e) {
        Map<String, AttributeValue> old = e.item();
        if (old == null || old.isEmpty()) {
            return new GameNotFoundException(gameId, e);
        }
        if (old.containsKey(Game.START_TIME)) {
            return new GameAlreadyStartedException(gameId, e);
        }
        if (!username.equals(old.get(Game.CREATOR).s())) {
            return new NotGameCreatorException(gameId, username, e);
        }
        return new GameNotFullException(gameId, Integer.parseInt(old.get(Game.PEOPLE).n()), e);
    }

    private static boolean conditionFailed(CancellationReason reason) {
        return CONDITION_FAILED.equals(reason.code());
    }

    private static Expression ifAbsent() {
        return Expression.builder()
                .expression("attribute_not_exists(#pk)")
                .putExpressionName("#pk", BattleRoyaleTable.PK)
                .build();
    }

    private static AttributeValue text(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue number(int value) {
        return AttributeValue.fromN(Integer.toString(value));
    }
}
