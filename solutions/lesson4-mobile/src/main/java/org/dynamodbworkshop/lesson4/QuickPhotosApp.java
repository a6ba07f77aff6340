package org.dynamodbworkshop.lesson4;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dynamodbworkshop.common.Polling;
import software.amazon.awssdk.core.waiters.Waiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Lesson 4: the access patterns of the quick-photos app, one table for users, photos, reactions and friendships.
 * This is the class you edit: each method is one exercise.
 */
public class QuickPhotosApp {

    private static final int BATCH_GET_LIMIT = 100;
    private static final String CONDITION_FAILED = "ConditionalCheckFailed";

    /**
     * How long to wait before asking again for unprocessed keys: exponential, from 25 ms up to 1 s, with half of it
     * random so that busy readers do not all come back at once.
     */
    private static final BackoffStrategy RETRY_BACKOFF =
            BackoffStrategy.exponentialDelayHalfJitter(Duration.ofMillis(25), Duration.ofSeconds(1));

    private final DynamoDbClient dynamoDb;
    private final DynamoDbTable<User> users;
    private final DynamoDbTable<Photo> photos;
    private final DynamoDbTable<Reaction> reactions;
    private final DynamoDbTable<Friendship> friendships;
    private final String tableName;
    private final String invertedIndexName;
    private final Clock clock;

    public QuickPhotosApp(DynamoDbClient dynamoDb, DynamoDbEnhancedClient enhancedClient, String tableName,
                          String invertedIndexName, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.users = enhancedClient.table(tableName, User.TABLE_SCHEMA);
        this.photos = enhancedClient.table(tableName, Photo.TABLE_SCHEMA);
        this.reactions = enhancedClient.table(tableName, Reaction.TABLE_SCHEMA);
        this.friendships = enhancedClient.table(tableName, Friendship.TABLE_SCHEMA);
        this.tableName = tableName;
        this.invertedIndexName = invertedIndexName;
        this.clock = clock;
    }

    /**
     * Exercise 4.1: stores a new user profile, unless the username is taken.
     * Budget: 1 PutItem, with a condition that no such user exists.
     *
     * @throws UserAlreadyExistsException if the user exists (and nothing is written)
     */
    public void createUser(User user) {
        try {
            users.putItem(request -> request.item(user).conditionExpression(notExists(QuickPhotosTable.PK)));
        } catch (ConditionalCheckFailedException e) {
            throw new UserAlreadyExistsException(user.getUsername(), e);
        }
    }

    /** Exercise 4.2: a user's profile by username. Budget: 1 GetItem. */
    public Optional<User> getUser(String username) {
        return Optional.ofNullable(users.getItem(User.key(username)));
    }

    /**
     * Exercise 4.3: sets an existing user's status and interests, keeping the profile's other attributes.
     * Budget: 1 UpdateItem, with a condition that the user exists.
     *
     * @throws UserNotFoundException if there is no such user (and nothing is written)
     */
    public void updateProfile(String username, String status, List<String> interests) {
        try {
            dynamoDb.updateItem(request -> request
                    .tableName(tableName)
                    .key(User.keyAttributes(username))
                    // "status" is a reserved word: it needs an expression attribute name.
                    .updateExpression("SET #status = :status, #interests = :interests")
                    .conditionExpression("attribute_exists(PK)")
                    .expressionAttributeNames(Map.of("#status", User.STATUS, "#interests", User.INTERESTS))
                    .expressionAttributeValues(Map.of(
                            ":status", AttributeValue.fromS(status),
                            ":interests", AttributeValue.fromL(interests.stream().map(AttributeValue::fromS).toList()))));
        } catch (ConditionalCheckFailedException e) {
            throw new UserNotFoundException(username, e);
        }
    }

    /**
     * Exercise 4.4: stores a new photo of the user, uploaded now (the clock's time), with every reaction count at
     * zero, and returns it. Budget: 1 PutItem, with a condition that no such photo exists.
     *
     * @throws PhotoAlreadyExistsException if the user already has a photo with this timestamp (nothing is written)
     */
    public Photo uploadPhoto(String username, String location) {
        Photo photo = Photo.newPhoto(username, QuickPhotosTable.timestamp(clock), location);
        try {
            photos.putItem(request -> request.item(photo).conditionExpression(notExists(QuickPhotosTable.SK)));
        } catch (ConditionalCheckFailedException e) {
            throw new PhotoAlreadyExistsException(username, photo.getTimestamp(), e);
        }
        return photo;
    }

    /**
     * Exercise 4.5: a user's profile and all their photos, oldest first; empty if there is no such user.
     * Budget: 1 Query on the table, whose key condition reads the profile and the photos and nothing else.
     */
    public Optional<UserAndPhotos> fetchUserAndPhotos(String username) {
        // #METADATA#<username> sorts before PHOTO#..., and "$" right after "#": the range holds the profile and the
        // photos, while the friendship items (#FRIEND#...) sort before it.
        List<Map<String, AttributeValue>> items = queryAll(QueryRequest.builder()
                .tableName(tableName)
                .keyConditionExpression("PK = :pk AND SK BETWEEN :metadata AND :photos")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(User.partitionKey(username)),
                        ":metadata", AttributeValue.fromS(User.sortKey(username)),
                        ":photos", AttributeValue.fromS("PHOTO$")))
                .build());
        return UserAndPhotos.fromItems(items);
    }

    /**
     * Exercise 4.6: a user's most recent photos, newest first, at most {@code limit} of them.
     * Budget: 1 Query on the table, reading no more than {@code limit} items.
     */
    public List<Photo> recentPhotos(String username, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("The limit must be at least 1, not " + limit);
        }
        List<Photo> recent = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            // A page also ends at 1 MB, before the Limit: ask on from there for the photos still missing only.
            Map<String, AttributeValue> from = startKey;
            QueryResponse response = dynamoDb.query(request -> request
                    .tableName(tableName)
                    .keyConditionExpression("PK = :pk AND begins_with(SK, :photos)")
                    .expressionAttributeValues(Map.of(
                            ":pk", AttributeValue.fromS(User.partitionKey(username)),
                            ":photos", AttributeValue.fromS(QuickPhotosTable.PHOTO_PREFIX + username + "#")))
                    .scanIndexForward(false)
                    .limit(limit - recent.size())
                    .exclusiveStartKey(from));
            response.items().stream().map(Photo.TABLE_SCHEMA::mapToItem).forEach(recent::add);
            startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (startKey != null && recent.size() < limit);
        return recent;
    }

    /**
     * Exercise 4.7: adds the inverted index (partition key SK, sort key PK, all attributes) to the live table and
     * waits until DescribeTable reports it ACTIVE: at most {@code polling.maxPolls()} DescribeTable requests, with
     * {@code polling.pause()} between two of them; gives up with an exception (of any kind) after that. Budget:
     * 1 UpdateTable, then DescribeTable polls.
     */
    public void addInvertedIndex(Polling polling) {
        dynamoDb.updateTable(request -> request
                .tableName(tableName)
                .attributeDefinitions(QuickPhotosTable.stringAttribute(QuickPhotosTable.PK),
                        QuickPhotosTable.stringAttribute(QuickPhotosTable.SK))
                .globalSecondaryIndexUpdates(update -> update.create(index -> index
                        .indexName(invertedIndexName)
                        .keySchema(QuickPhotosTable.key(QuickPhotosTable.SK, KeyType.HASH),
                                QuickPhotosTable.key(QuickPhotosTable.PK, KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()))));
        // DynamoDbWaiter has nothing for indexes: the SDK's generic Waiter polls DescribeTable instead.
        Waiter.builder(DescribeTableResponse.class)
                .addAcceptor(WaiterAcceptor.successOnResponseAcceptor(this::invertedIndexIsActive))
                .addAcceptor(WaiterAcceptor.retryOnResponseAcceptor(response -> true))
                .overrideConfiguration(config -> config
                        .maxAttempts(polling.maxPolls())
                        .backoffStrategyV2(attempt -> polling.pause()))
                .build()
                .run(() -> dynamoDb.describeTable(request -> request.tableName(tableName)));
    }

    /**
     * Exercise 4.8: a photo and every reaction to it; empty if there is no such photo.
     * Budget: 1 Query on the inverted index.
     */
    public Optional<PhotoAndReactions> fetchPhotoAndReactions(String owner, String timestamp) {
        // In the index, the photo's sort key is the partition key: the reactions (REACTION#...) and the photo
        // (USER#<owner>) share it, and REACTION# < USER# < USER$.
        List<Map<String, AttributeValue>> items = queryAll(QueryRequest.builder()
                .tableName(tableName)
                .indexName(invertedIndexName)
                .keyConditionExpression("SK = :photo AND PK BETWEEN :reactions AND :user")
                .expressionAttributeValues(Map.of(
                        ":photo", AttributeValue.fromS(Photo.sortKey(owner, timestamp)),
                        ":reactions", AttributeValue.fromS(QuickPhotosTable.REACTION_PREFIX),
                        ":user", AttributeValue.fromS("USER$")))
                .build());
        return PhotoAndReactions.fromItems(items);
    }

    /**
     * Exercise 4.9: the friendships in which the user is the follower: whom they follow.
     * Budget: 1 Query on the inverted index.
     */
    public List<Friendship> findFollowing(String username) {
        return queryFollowing(username);
    }

    /**
     * Exercise 4.10: the profiles of the users someone follows, ordered by username.
     * Budget: 1 Query on the inverted index (a request a 1 MB page), then 1 BatchGetItem on the table for every
     * 100 profiles (DynamoDB takes no more keys in one), each sent again only for its UnprocessedKeys; no
     * BatchGetItem when the user follows nobody.
     */
    public List<User> findAndEnrichFollowing(String username) {
        List<Map<String, AttributeValue>> keys = queryFollowing(username).stream()
                .map(friendship -> User.keyAttributes(friendship.getFollowedUser()))
                .toList();
        List<User> profiles = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += BATCH_GET_LIMIT) {
            batchGet(keys.subList(from, Math.min(keys.size(), from + BATCH_GET_LIMIT))).stream()
                    .map(User.TABLE_SCHEMA::mapToItem)
                    .forEach(profiles::add);
        }
        profiles.sort(Comparator.comparing(User::getUsername));
        return profiles;
    }

    /**
     * Exercise 4.11: the friendships in which the user is followed: their followers.
     * Budget: 1 Query on the table, whose key condition reads the friendship items and nothing else.
     */
    public List<Friendship> findFollowers(String username) {
        return queryAll(QueryRequest.builder()
                .tableName(tableName)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :friends)")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(User.partitionKey(username)),
                        ":friends", AttributeValue.fromS(QuickPhotosTable.FRIEND_PREFIX)))
                .build())
                .stream().map(Friendship.TABLE_SCHEMA::mapToItem).toList();
    }

    /**
     * Exercise 4.12: records a user's reaction to a photo, made now, and adds one to the photo's count for that type.
     * Budget: 1 TransactWriteItems with 2 actions: put the reaction only if it is new, and update the photo only
     * if it exists.
     *
     * @throws AlreadyReactedException if the user already gave the photo this type of reaction (nothing changes)
     * @throws PhotoNotFoundException if there is no such photo (nothing changes)
     */
    public Reaction addReaction(String reactingUser, ReactionType type, String photoOwner, String photoTimestamp) {
        String photo = Photo.sortKey(photoOwner, photoTimestamp);
        Reaction reaction = new Reaction(reactingUser, type, photo, QuickPhotosTable.timestamp(clock));
        TransactWriteItem putReaction = TransactWriteItem.builder().put(put -> put
                .tableName(tableName)
                .item(Reaction.TABLE_SCHEMA.itemToMap(reaction, true))
                .conditionExpression("attribute_not_exists(SK)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
        TransactWriteItem countIt = TransactWriteItem.builder().update(update -> update
                .tableName(tableName)
                .key(Photo.keyAttributes(photoOwner, photoTimestamp))
                .updateExpression("SET reactions.#type = if_not_exists(reactions.#type, :zero) + :one")
                .conditionExpression("attribute_exists(SK)")
                .expressionAttributeNames(Map.of("#type", type.value()))
                .expressionAttributeValues(Map.of(":zero", AttributeValue.fromN("0"), ":one", AttributeValue.fromN("1"))))
                .build();
        try {
            dynamoDb.transactWriteItems(request -> request.transactItems(putReaction, countIt));
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons();
            if (failedCondition(reasons, 0)) {
                throw new AlreadyReactedException(reactingUser, type, photo, timestampOf(reasons.get(0)), e);
            }
            if (failedCondition(reasons, 1)) {
                throw new PhotoNotFoundException(photoOwner, photoTimestamp, e);
            }
            throw e;
        }
        return reaction;
    }

    /**
     * Exercise 4.13: {@code followingUser} follows {@code followedUser} from now on: stores the friendship and adds
     * one to the followed user's {@code followers} and to the follower's {@code following}.
     * Budget: 1 TransactWriteItems with 3 actions; none at all when someone tries to follow themselves.
     *
     * @throws IllegalArgumentException if the two users are the same (before any request)
     * @throws AlreadyFollowingException if the follow exists already (nothing changes)
     * @throws UserNotFoundException if either user does not exist (nothing changes)
     */
    public Friendship followUser(String followingUser, String followedUser) {
        if (followingUser.equals(followedUser)) {
            // DynamoDB rejects a transaction with two actions on one item, and following oneself makes no sense.
            throw new IllegalArgumentException(followingUser + " cannot follow themselves");
        }
        Friendship friendship = new Friendship(followedUser, followingUser, QuickPhotosTable.timestamp(clock));
        TransactWriteItem putFriendship = TransactWriteItem.builder().put(put -> put
                .tableName(tableName)
                .item(Friendship.TABLE_SCHEMA.itemToMap(friendship, true))
                .conditionExpression("attribute_not_exists(SK)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
        try {
            dynamoDb.transactWriteItems(request -> request.transactItems(
                    putFriendship,
                    increment(followedUser, User.FOLLOWERS),
                    increment(followingUser, User.FOLLOWING)));
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons();
            if (failedCondition(reasons, 0)) {
                throw new AlreadyFollowingException(followingUser, followedUser, timestampOf(reasons.get(0)), e);
            }
            if (failedCondition(reasons, 1)) {
                throw new UserNotFoundException(followedUser, e);
            }
            if (failedCondition(reasons, 2)) {
                throw new UserNotFoundException(followingUser, e);
            }
            throw e;
        }
        return friendship;
    }

    private List<Friendship> queryFollowing(String username) {
        return queryAll(QueryRequest.builder()
                .tableName(tableName)
                .indexName(invertedIndexName)
                .keyConditionExpression("SK = :friend")
                .expressionAttributeValues(Map.of(":friend", AttributeValue.fromS(Friendship.sortKey(username))))
                .build())
                .stream().map(Friendship.TABLE_SCHEMA::mapToItem).toList();
    }

    /** Every item of a Query, following LastEvaluatedKey: one request unless the result passes 1 MB. */
    private List<Map<String, AttributeValue>> queryAll(QueryRequest request) {
        return dynamoDb.queryPaginator(request).items().stream().toList();
    }

    /** One BatchGetItem for up to 100 keys, sent again for its UnprocessedKeys until none are left. */
    private List<Map<String, AttributeValue>> batchGet(List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        Map<String, KeysAndAttributes> unprocessed = readBatch(
                Map.of(tableName, KeysAndAttributes.builder().keys(keys).build()), found);
        // Attempt 1 was the first request; the back-off grows with each attempt after it.
        for (int attempt = 2; !unprocessed.isEmpty(); attempt++) {
            pause(RETRY_BACKOFF.computeDelay(attempt));
            unprocessed = readBatch(unprocessed, found);
        }
        return found;
    }

    /** Sends one BatchGetItem, adds the items it found to {@code found}, and returns its UnprocessedKeys. */
    private Map<String, KeysAndAttributes> readBatch(Map<String, KeysAndAttributes> keys,
                                                     List<Map<String, AttributeValue>> found) {
        BatchGetItemResponse response = dynamoDb.batchGetItem(request -> request.requestItems(keys));
        found.addAll(response.responses().getOrDefault(tableName, List.of()));
        return response.unprocessedKeys();
    }

    private TransactWriteItem increment(String username, String counter) {
        return TransactWriteItem.builder().update(update -> update
                .tableName(tableName)
                .key(User.keyAttributes(username))
                .updateExpression("SET #counter = #counter + :one")
                .conditionExpression("attribute_exists(PK)")
                .expressionAttributeNames(Map.of("#counter", counter))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))))
                .build();
    }

    private static boolean failedCondition(List<CancellationReason> reasons, int action) {
        return reasons.size() > action && CONDITION_FAILED.equals(reasons.get(action).code());
    }

    /** The timestamp of the item whose condition failed, which DynamoDB returns when asked for ALL_OLD. */
    private static String timestampOf(CancellationReason reason) {
        AttributeValue timestamp = reason.hasItem() ? reason.item().get("timestamp") : null;
        return timestamp == null ? "an unknown time" : timestamp.s();
    }

    private static Expression notExists(String attribute) {
        return Expression.builder().expression("attribute_not_exists(" + attribute + ")").build();
    }

    private boolean invertedIndexIsActive(DescribeTableResponse response) {
        return response.table().globalSecondaryIndexes().stream()
                .anyMatch(index -> index.indexName().equals(invertedIndexName)
                        && index.indexStatus() == IndexStatus.ACTIVE);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }
}
