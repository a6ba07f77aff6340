package org.dynamodbworkshop.lesson4;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.dynamodbworkshop.common.Polling;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Lesson 4: the access patterns of the quick-photos app, one table for users, photos, reactions and friendships.
 * This is the class you edit: each method is one exercise.
 *
 * <p>Use whichever client suits the exercise: {@code dynamoDb} is the low-level client, {@code users},
 * {@code photos}, {@code reactions} and {@code friendships} are the Enhanced Client's views of the one table, one
 * per entity type. The entities build their own keys ({@code User.key(username)} for the Enhanced Client,
 * {@code User.keyAttributes(username)} for the low-level one, ...). Items of mixed types, as one Query of an item
 * collection returns them, map with {@link UserAndPhotos#fromItems} and {@link PhotoAndReactions#fromItems}. Take
 * the time from {@code clock} with {@link QuickPhotosTable#timestamp(Clock)}. The tests check what your code does and which
 * requests it sends, not how it is written. Read the lesson's README.md first, and HINTS.md when you are stuck.
 */
public class QuickPhotosApp {

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
        throw new UnsupportedOperationException("Exercise 4.1 is not implemented yet: see HINTS.md, section 4.1");
    }

    /** Exercise 4.2: a user's profile by username. Budget: 1 GetItem. */
    public Optional<User> getUser(String username) {
        throw new UnsupportedOperationException("Exercise 4.2 is not implemented yet: see HINTS.md, section 4.2");
    }

    /**
     * Exercise 4.3: sets an existing user's status and interests, keeping the profile's other attributes.
     * Budget: 1 UpdateItem, with a condition that the user exists.
     *
     * @throws UserNotFoundException if there is no such user (and nothing is written)
     */
    public void updateProfile(String username, String status, List<String> interests) {
        throw new UnsupportedOperationException("Exercise 4.3 is not implemented yet: see HINTS.md, section 4.3");
    }

    /**
     * Exercise 4.4: stores a new photo of the user, uploaded now (the clock's time), with every reaction count at
     * zero, and returns it. Budget: 1 PutItem, with a condition that no such photo exists.
     *
     * @throws PhotoAlreadyExistsException if the user already has a photo with this timestamp (nothing is written)
     */
    public Photo uploadPhoto(String username, String location) {
        throw new UnsupportedOperationException("Exercise 4.4 is not implemented yet: see HINTS.md, section 4.4");
    }

    /**
     * Exercise 4.5: a user's profile and all their photos, oldest first; empty if there is no such user.
     * Budget: 1 Query on the table, whose key condition reads the profile and the photos and nothing else.
     */
    public Optional<UserAndPhotos> fetchUserAndPhotos(String username) {
        throw new UnsupportedOperationException("Exercise 4.5 is not implemented yet: see HINTS.md, section 4.5");
    }

    /**
     * Exercise 4.6: a user's most recent photos, newest first, at most {@code limit} of them.
     * Budget: 1 Query on the table, reading no more than {@code limit} items.
     */
    public List<Photo> recentPhotos(String username, int limit) {
        throw new UnsupportedOperationException("Exercise 4.6 is not implemented yet: see HINTS.md, section 4.6");
    }

    /**
     * Exercise 4.7: adds the inverted index (partition key SK, sort key PK, all attributes) to the live table and
     * waits until DescribeTable reports it ACTIVE: at most {@code polling.maxPolls()} DescribeTable requests, with
     * {@code polling.pause()} between two of them; gives up with an exception (of any kind) after that. Budget:
     * 1 UpdateTable, then DescribeTable polls.
     */
    public void addInvertedIndex(Polling polling) {
        throw new UnsupportedOperationException("Exercise 4.7 is not implemented yet: see HINTS.md, section 4.7");
    }

    /**
     * Exercise 4.8: a photo and every reaction to it; empty if there is no such photo.
     * Budget: 1 Query on the inverted index.
     */
    public Optional<PhotoAndReactions> fetchPhotoAndReactions(String owner, String timestamp) {
        throw new UnsupportedOperationException("Exercise 4.8 is not implemented yet: see HINTS.md, section 4.8");
    }

    /**
     * Exercise 4.9: the friendships in which the user is the follower: whom they follow.
     * Budget: 1 Query on the inverted index.
     */
    public List<Friendship> findFollowing(String username) {
        throw new UnsupportedOperationException("Exercise 4.9 is not implemented yet: see HINTS.md, section 4.9");
    }

    /**
     * Exercise 4.10: the profiles of the users someone follows, ordered by username.
     * Budget: 1 Query on the inverted index (a request a 1 MB page), then 1 BatchGetItem on the table for every
     * 100 profiles (DynamoDB takes no more keys in one), each sent again only for its UnprocessedKeys; no
     * BatchGetItem when the user follows nobody.
     */
    public List<User> findAndEnrichFollowing(String username) {
        throw new UnsupportedOperationException("Exercise 4.10 is not implemented yet: see HINTS.md, section 4.10");
    }

    /**
     * Exercise 4.11: the friendships in which the user is followed: their followers.
     * Budget: 1 Query on the table, whose key condition reads the friendship items and nothing else.
     */
    public List<Friendship> findFollowers(String username) {
        throw new UnsupportedOperationException("Exercise 4.11 is not implemented yet: see HINTS.md, section 4.11");
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
        throw new UnsupportedOperationException("Exercise 4.12 is not implemented yet: see HINTS.md, section 4.12");
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
        throw new UnsupportedOperationException("Exercise 4.13 is not implemented yet: see HINTS.md, section 4.13");
    }
}
