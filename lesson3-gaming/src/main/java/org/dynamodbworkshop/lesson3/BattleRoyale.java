package org.dynamodbworkshop.lesson3;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Lesson 3: the access patterns of a battle royale game, on one table that holds users, games and the mappings
 * between them. This is the class you edit: each method is one exercise.
 *
 * <p>Use whichever client suits the exercise: {@code dynamoDb} is the low-level client; {@code users}, {@code games}
 * and {@code mappings} are the Enhanced Client's typed views of the one table. The tests check what your code does
 * and which requests it sends, not how it is written. Read the lesson's README.md first, and HINTS.md when you are
 * stuck.
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
        throw new UnsupportedOperationException("Exercise 3.1 is not implemented yet: see HINTS.md, section 3.1");
    }

    /** Exercise 3.2: a user's profile by username. Budget: 1 GetItem. */
    public Optional<User> getUser(String username) {
        throw new UnsupportedOperationException("Exercise 3.2 is not implemented yet: see HINTS.md, section 3.2");
    }

    /**
     * Exercise 3.3: sets the profile fields (name, email, birthdate, address) of an existing user, keeping the rest.
     * Budget: 1 UpdateItem, with a condition that the user exists.
     *
     * @throws UserNotFoundException if there is no such user (and nothing is written)
     */
    public void updateUserProfile(String username, Profile profile) {
        throw new UnsupportedOperationException("Exercise 3.3 is not implemented yet: see HINTS.md, section 3.3");
    }

    /**
     * Exercise 3.4: stores a new game, such as one made by {@link Game#open}, never overwriting an existing game.
     * Budget: 1 PutItem, with a condition that no such item exists.
     *
     * @throws GameAlreadyExistsException if the game id is taken (and nothing is written)
     */
    public void createGame(Game game) {
        throw new UnsupportedOperationException("Exercise 3.4 is not implemented yet: see HINTS.md, section 3.4");
    }

    /**
     * Exercise 3.5: a game and its players (in username order), or empty if there is no such game.
     * Budget: 1 Query on the table (the game's item collection) a 1 MB page; no GetItem, no Scan.
     */
    public Optional<GameWithPlayers> fetchGameAndPlayers(String gameId) {
        throw new UnsupportedOperationException("Exercise 3.5 is not implemented yet: see HINTS.md, section 3.5");
    }

    /** Exercise 3.6: the open games on a map, oldest first. Budget: 1 Query on OpenGamesIndex a 1 MB page. */
    public List<Game> findOpenGamesByMap(String map) {
        throw new UnsupportedOperationException("Exercise 3.6 is not implemented yet: see HINTS.md, section 3.6");
    }

    /** Exercise 3.7: every open game, on any map, in any order. Budget: 1 Scan of OpenGamesIndex a 1 MB page. */
    public List<Game> findOpenGames() {
        throw new UnsupportedOperationException("Exercise 3.7 is not implemented yet: see HINTS.md, section 3.7");
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
        throw new UnsupportedOperationException("Exercise 3.8 is not implemented yet: see HINTS.md, section 3.8");
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
        throw new UnsupportedOperationException("Exercise 3.9 is not implemented yet: see HINTS.md, section 3.9");
    }

    /**
     * Exercise 3.10: the games a user is or was in, as their mappings (with the place, if any), in game id order.
     * Budget: 1 Query on InvertedIndex a 1 MB page.
     */
    public List<UserGameMapping> findGamesForUser(String username) {
        throw new UnsupportedOperationException("Exercise 3.10 is not implemented yet: see HINTS.md, section 3.10");
    }

    /**
     * Exercise 3.11: records a player's place when a game ends.
     * Budget: 1 UpdateItem on the mapping, with a condition; nothing read before or after.
     *
     * @throws NotAPlayerException if the user did not play in the game (and nothing is written)
     * @throws PlaceAlreadyRecordedException if the player has a place already (and it is kept)
     */
    public void recordPlace(String gameId, String username, Place place) {
        throw new UnsupportedOperationException("Exercise 3.11 is not implemented yet: see HINTS.md, section 3.11");
    }
}
