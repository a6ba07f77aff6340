package org.dynamodbworkshop.lesson4;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dynamodbworkshop.common.Polling;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchGetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.enhanced.dynamodb.model.UpdateItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Lesson 4: the access patterns of the quick-photos app, one table for users, photos, reactions and friendships.
 * This is the class you edit: each method is one exercise.
 */
public class QuickPhotosApp {

    private final DynamoDbClient dynamoDb;
    private final DynamoDbEnhancedClient enhancedClient;
    private final DynamoDbTable<User> users;
    private final DynamoDbTable<Photo> photos;
    private final DynamoDbTable<Friendship> friendships;
    private final String tableName;
    private final String invertedIndexName;
    private final Clock clock;

    public QuickPhotosApp(DynamoDbClient dynamoDb, DynamoDbEnhancedClient enhancedClient, String tableName,
                          String invertedIndexName, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.enhancedClient = enhancedClient;
        this.users = enhancedClient.table(tableName, User.TABLE_SCHEMA);
        this.photos = enhancedClient.table(tableName, Photo.TABLE_SCHEMA);
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
            dynamoDb.putItem(request -> request
                    .tableName(tableName)
                    .item(User.TABLE_SCHEMA.itemToMap(user, true))
                    .conditionExpression("attribute_not_exists(SK)"));
        } catch (ConditionalCheckFailedException e) {
            throw new UserAlreadyExistsException(user.getUsername(), e);
        }
    }

    /** Exercise 4.2: a user's profile by username. Budget: 1 GetItem. */
    public Optional<User> getUser(String username) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request
                .tableName(tableName)
                .key(User.keyAttributes(username))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(User.TABLE_SCHEMA.mapToItem(item));
    }

    /**
     * Exercise 4.3: sets an existing user's status and interests, keeping the profile's other attributes.
     * Budget: 1 UpdateItem, with a condition that the user exists.
     *
     * @throws UserNotFoundException if there is no such user (and nothing is written)
     */
    public void updateProfile(String username, String status, List<String> interests) {
        // Only the attributes that are set go into the update: with ignoreNulls, the others stay as they are.
        User changes = new User();
        changes.setUsername(username);
        changes.setStatus(status);
        changes.setInterests(interests);
        try {
            users.updateItem(UpdateItemEnhancedRequest.builder(User.class)
                    .item(changes)
                    .ignoreNulls(true)
                    .conditionExpression(Expression.builder().expression("attribute_exists(SK)").build())
                    .build());
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
        String timestamp = QuickPhotosTable.timestamp(clock);
        Photo photo = Photo.newPhoto(username, timestamp, location);
        try {
            dynamoDb.putItem(request -> request
                    .tableName(tableName)
                    .item(Photo.TABLE_SCHEMA.itemToMap(photo, true))
                    .conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", QuickPhotosTable.PK)));
        } catch (ConditionalCheckFailedException e) {
            throw new PhotoAlreadyExistsException(username, timestamp, e);
        }
        return photo;
    }

    /**
     * Exercise 4.5: a user's profile and all their photos, oldest first; empty if there is no such user.
     * Budget: 1 Query on the table, whose key condition reads the profile and the photos and nothing else.
     */
    public Optional<UserAndPhotos> fetchUserAndPhotos(String username) {
        // The friendships (#FRIEND#...) sort before the profile (#METADATA#...), the photos (PHOTO#...) after it:
        // everything from the profile on is the profile and the photos.
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            Map<String, AttributeValue> from = startKey;
            QueryResponse page = dynamoDb.query(request -> request
                    .tableName(tableName)
                    .keyConditionExpression("#pk = :pk AND #sk >= :profile")
                    .expressionAttributeNames(Map.of("#pk", QuickPhotosTable.PK, "#sk", QuickPhotosTable.SK))
                    .expressionAttributeValues(Map.of(
                            ":pk", AttributeValue.fromS(User.partitionKey(username)),
                            ":profile", AttributeValue.fromS(User.sortKey(username))))
                    .exclusiveStartKey(from));
            items.addAll(page.items());
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return UserAndPhotos.fromItems(items);
    }

    /**
     * Exercise 4.6: a user's most recent photos, newest first, at most {@code limit} of them.
     * Budget: 1 Query on the table, reading no more than {@code limit} items.
     */
    public List<Photo> recentPhotos(String username, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        QueryConditional photosOfUser = QueryConditional.sortBeginsWith(Key.builder()
                .partitionValue(User.partitionKey(username))
                .sortValue(Photo.sortKey(username, ""))
                .build());
        // With a Limit, DynamoDB stops reading after that many items, or at 1 MB: then a page at a time, each
        // asking only for the photos still missing.
        List<Photo> recent = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            Page<Photo> page = photos.query(QueryEnhancedRequest.builder()
                            .queryConditional(photosOfUser)
                            .scanIndexForward(false)
                            .limit(limit - recent.size())
                            .exclusiveStartKey(startKey)
                            .build())
                    .iterator().next();
            recent.addAll(page.items());
            startKey = page.lastEvaluatedKey() == null || page.lastEvaluatedKey().isEmpty()
                    ? null : page.lastEvaluatedKey();
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
                .attributeDefinitions(QuickPhotosTable.stringAttribute(QuickPhotosTable.SK),
                        QuickPhotosTable.stringAttribute(QuickPhotosTable.PK))
                .globalSecondaryIndexUpdates(update -> update.create(index -> index
                        .indexName(invertedIndexName)
                        .keySchema(QuickPhotosTable.key(QuickPhotosTable.SK, KeyType.HASH),
                                QuickPhotosTable.key(QuickPhotosTable.PK, KeyType.RANGE))
                        .projection(projection -> projection.projectionType(ProjectionType.ALL)))));
        for (int poll = 1; !indexIsActive(); poll++) {
            if (poll == polling.maxPolls()) {
                throw new IllegalStateException("The index " + invertedIndexName + " is still not ACTIVE");
            }
            try {
                Thread.sleep(polling.pause().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the index", e);
            }
        }
    }

    /**
     * Exercise 4.8: a photo and every reaction to it; empty if there is no such photo.
     * Budget: 1 Query on the inverted index.
     */
    public Optional<PhotoAndReactions> fetchPhotoAndReactions(String owner, String timestamp) {
        // In the index, the photo's partition holds exactly the photo and the reactions to it.
        List<Map<String, AttributeValue>> items = dynamoDb.queryPaginator(request -> request
                        .tableName(tableName)
                        .indexName(invertedIndexName)
                        .keyConditionExpression("#sk = :photo")
                        .expressionAttributeNames(Map.of("#sk", QuickPhotosTable.SK))
                        .expressionAttributeValues(Map.of(":photo", AttributeValue.fromS(Photo.sortKey(owner, timestamp)))))
                .items().stream().toList();
        return PhotoAndReactions.fromItems(items);
    }

    /**
     * Exercise 4.9: the friendships in which the user is the follower: whom they follow.
     * Budget: 1 Query on the inverted index.
     */
    public List<Friendship> findFollowing(String username) {
        return friendships.index(invertedIndexName)
                .query(QueryConditional.keyEqualTo(Key.builder().partitionValue(Friendship.sortKey(username)).build()))
                .stream()
                .flatMap(page -> page.items().stream())
                .toList();
    }

    /**
     * Exercise 4.10: the profiles of the users someone follows, ordered by username.
     * Budget: 1 Query on the inverted index (a request a 1 MB page), then 1 BatchGetItem on the table for every
     * 100 profiles (DynamoDB takes no more keys in one), each sent again only for its UnprocessedKeys; no
     * BatchGetItem when the user follows nobody.
     */
    public List<User> findAndEnrichFollowing(String username) {
        List<Friendship> following = findFollowing(username);
        List<User> profiles = new ArrayList<>();
        // A BatchGetItem takes at most 100 keys; the Enhanced Client's pages ask again for the UnprocessedKeys.
        for (int start = 0; start < following.size(); start += 100) {
            ReadBatch.Builder<User> batch = ReadBatch.builder(User.class).mappedTableResource(users);
            following.subList(start, Math.min(start + 100, following.size()))
                    .forEach(friendship -> batch.addGetItem(User.key(friendship.getFollowedUser())));
            enhancedClient.batchGetItem(BatchGetItemEnhancedRequest.builder().readBatches(batch.build()).build())
                    .resultsForTable(users)
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
        return friendships.query(QueryConditional.sortBeginsWith(Key.builder()
                        .partitionValue(User.partitionKey(username))
                        .sortValue(QuickPhotosTable.FRIEND_PREFIX)
                        .build()))
                .items().stream().toList();
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
        String photoSortKey = Photo.sortKey(photoOwner, photoTimestamp);
        Reaction reaction = new Reaction(reactingUser, type, photoSortKey, QuickPhotosTable.timestamp(clock));
        // The photo's update comes first here, the reaction second: the cancellation reasons follow this order.
        TransactWriteItem countOnPhoto = TransactWriteItem.builder().update(update -> update
                .tableName(tableName)
                .key(Photo.keyAttributes(photoOwner, photoTimestamp))
                .conditionExpression("attribute_exists(#pk)")
                .updateExpression("SET #reactions.#type = if_not_exists(#reactions.#type, :zero) + :one")
                .expressionAttributeNames(Map.of("#pk", QuickPhotosTable.PK, "#reactions", Photo.REACTIONS,
                        "#type", type.value()))
                .expressionAttributeValues(Map.of(":zero", AttributeValue.fromN("0"), ":one", AttributeValue.fromN("1"))))
                .build();
        TransactWriteItem newReaction = TransactWriteItem.builder().put(put -> put
                .tableName(tableName)
                .item(Reaction.TABLE_SCHEMA.itemToMap(reaction, true))
                .conditionExpression("attribute_not_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk", QuickPhotosTable.PK))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                .build();
        try {
            dynamoDb.transactWriteItems(request -> request.transactItems(countOnPhoto, newReaction));
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
            if (conditionFailed(reasons, 1)) {
                throw new AlreadyReactedException(reactingUser, type, photoSortKey, oldTimestamp(reasons.get(1)), e);
            }
            if (conditionFailed(reasons, 0)) {
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
        if (followedUser.equals(followingUser)) {
            throw new IllegalArgumentException("A user cannot follow themselves: " + followingUser);
        }
        Friendship friendship = new Friendship(followedUser, followingUser, QuickPhotosTable.timestamp(clock));
        Map<String, String> names = new HashMap<>();
        names.put("#pk", QuickPhotosTable.PK);
        TransactWriteItem putFriendship = TransactWriteItem.builder().put(put -> put
                .tableName(tableName)
                .item(Friendship.TABLE_SCHEMA.itemToMap(friendship, true))
                .conditionExpression("attribute_not_exists(#pk)")
                .expressionAttributeNames(names)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                .build();
        try {
            dynamoDb.transactWriteItems(request -> request.transactItems(
                    putFriendship,
                    addOne(followedUser, User.FOLLOWERS),
                    addOne(followingUser, User.FOLLOWING)));
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
            if (conditionFailed(reasons, 0)) {
                throw new AlreadyFollowingException(followingUser, followedUser, oldTimestamp(reasons.get(0)), e);
            }
            if (conditionFailed(reasons, 1)) {
                throw new UserNotFoundException(followedUser, e);
            }
            if (conditionFailed(reasons, 2)) {
                throw new UserNotFoundException(followingUser, e);
            }
            throw e;
        }
        return friendship;
    }

    /** ADD one to a counter of an existing profile. */
    private TransactWriteItem addOne(String username, String counter) {
        return TransactWriteItem.builder().update(update -> update
                .tableName(tableName)
                .key(User.keyAttributes(username))
                .conditionExpression("attribute_exists(#pk)")
                .updateExpression("ADD #counter :one")
                .expressionAttributeNames(Map.of("#pk", QuickPhotosTable.PK, "#counter", counter))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))))
                .build();
    }

    private boolean indexIsActive() {
        List<GlobalSecondaryIndexDescription> indexes =
                dynamoDb.describeTable(request -> request.tableName(tableName)).table().globalSecondaryIndexes();
        for (GlobalSecondaryIndexDescription index : indexes) {
            if (invertedIndexName.equals(index.indexName())) {
                return IndexStatus.ACTIVE.equals(index.indexStatus());
            }
        }
        return false;
    }

    private static boolean conditionFailed(List<CancellationReason> reasons, int index) {
        return index < reasons.size() && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    /** The timestamp of the item that was already there, returned with the cancellation reason (ALL_OLD). */
    private static String oldTimestamp(CancellationReason reason) {
        if (reason.hasItem() && reason.item().containsKey("timestamp")) {
            return reason.item().get("timestamp").s();
        }
        return "an unknown time";
    }
}
