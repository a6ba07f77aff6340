package org.dynamodbworkshop.lesson4;

import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One user following another: {@code PK = USER#<followedUser>}, {@code SK = #FRIEND#<followingUser>}.
 *
 * <p>Given code, mapped by the Enhanced Client with {@link #TABLE_SCHEMA}. The item lives in the followed user's
 * item collection, so a Query on the table finds a user's followers; the inverted index turns it around and finds
 * whom a user follows. The sort key starts with {@code #} so that it sorts before {@code #METADATA#}, outside the
 * range of the user and their photos. {@code timestamp} is when the follow began.
 */
@DynamoDbBean
public class Friendship {

    public static final String FOLLOWED_USER = "followedUser";
    public static final String FOLLOWING_USER = "followingUser";
    public static final String TIMESTAMP = "timestamp";

    /** Maps friendships to and from items, for the Enhanced Client. */
    public static final TableSchema<Friendship> TABLE_SCHEMA = TableSchema.fromBean(Friendship.class);

    private String followedUser;
    private String followingUser;
    private String timestamp;

    public Friendship() {
    }

    /** {@code followingUser} follows {@code followedUser} since {@code timestamp}. */
    public Friendship(String followedUser, String followingUser, String timestamp) {
        this.followedUser = followedUser;
        this.followingUser = followingUser;
        this.timestamp = timestamp;
    }

    /** {@code #FRIEND#<followingUser>}: the sort key, also the partition key in the inverted index. */
    public static String sortKey(String followingUser) {
        return QuickPhotosTable.FRIEND_PREFIX + followingUser;
    }

    /** The full key of the friendship in which {@code followingUser} follows {@code followedUser}. */
    public static Key key(String followedUser, String followingUser) {
        return Key.builder().partitionValue(User.partitionKey(followedUser)).sortValue(sortKey(followingUser)).build();
    }

    /** The full key of the friendship in which {@code followingUser} follows {@code followedUser}, low-level. */
    public static Map<String, AttributeValue> keyAttributes(String followedUser, String followingUser) {
        return Map.of(QuickPhotosTable.PK, AttributeValue.fromS(User.partitionKey(followedUser)),
                QuickPhotosTable.SK, AttributeValue.fromS(sortKey(followingUser)));
    }

    @DynamoDbPartitionKey
    @DynamoDbSecondarySortKey(indexNames = QuickPhotosTable.INVERTED_INDEX)
    @DynamoDbAttribute(QuickPhotosTable.PK)
    public String getPk() {
        return followedUser == null ? null : User.partitionKey(followedUser);
    }

    /** Ignored: the key is derived from the followed user. */
    public void setPk(String pk) {
        // Derived from the followed user.
    }

    @DynamoDbSortKey
    @DynamoDbSecondaryPartitionKey(indexNames = QuickPhotosTable.INVERTED_INDEX)
    @DynamoDbAttribute(QuickPhotosTable.SK)
    public String getSk() {
        return followingUser == null ? null : sortKey(followingUser);
    }

    /** Ignored: the key is derived from the following user. */
    public void setSk(String sk) {
        // Derived from the following user.
    }

    /** The user who is followed. */
    @DynamoDbAttribute(FOLLOWED_USER)
    public String getFollowedUser() {
        return followedUser;
    }

    public void setFollowedUser(String followedUser) {
        this.followedUser = followedUser;
    }

    /** The user who follows. */
    @DynamoDbAttribute(FOLLOWING_USER)
    public String getFollowingUser() {
        return followingUser;
    }

    public void setFollowingUser(String followingUser) {
        this.followingUser = followingUser;
    }

    @DynamoDbAttribute(TIMESTAMP)
    public String getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(String timestamp) {
        this.timestamp = timestamp;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Friendship friendship
                && Objects.equals(followedUser, friendship.followedUser)
                && Objects.equals(followingUser, friendship.followingUser)
                && Objects.equals(timestamp, friendship.timestamp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(followedUser, followingUser, timestamp);
    }

    @Override
    public String toString() {
        return followingUser + " follows " + followedUser + " since " + timestamp;
    }
}
