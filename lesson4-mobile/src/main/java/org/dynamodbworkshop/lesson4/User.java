package org.dynamodbworkshop.lesson4;

import java.util.List;
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
 * A user profile: {@code PK = USER#<username>}, {@code SK = #METADATA#<username>}.
 *
 * <p>Given code, mapped by the Enhanced Client with {@link #TABLE_SCHEMA}. The keys are derived from the username;
 * their setters exist for the mapper and ignore what they are given. {@code followers} and {@code following} count
 * the user's Friendship items, kept right by exercise 4.13.
 */
@DynamoDbBean
public class User {

    public static final String USERNAME = "username";
    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String BIRTHDATE = "birthdate";
    public static final String ADDRESS = "address";
    public static final String STATUS = "status";
    public static final String INTERESTS = "interests";
    public static final String FOLLOWERS = "followers";
    public static final String FOLLOWING = "following";
    public static final String PINNED_IMAGE = "pinnedImage";

    /** Maps users to and from items, for the Enhanced Client. */
    public static final TableSchema<User> TABLE_SCHEMA = TableSchema.fromBean(User.class);

    private String username;
    private String name;
    private String email;
    private String birthdate;
    private String address;
    private String status;
    private List<String> interests;
    private Integer followers;
    private Integer following;
    private String pinnedImage;

    public User() {
    }

    /** A new profile: no followers, following nobody, no pinned image. */
    public static User newProfile(String username, String name, String email, String birthdate, String address,
                                  String status, List<String> interests) {
        User user = new User();
        user.setUsername(username);
        user.setName(name);
        user.setEmail(email);
        user.setBirthdate(birthdate);
        user.setAddress(address);
        user.setStatus(status);
        user.setInterests(interests);
        user.setFollowers(0);
        user.setFollowing(0);
        return user;
    }

    /** {@code USER#<username>} */
    public static String partitionKey(String username) {
        return QuickPhotosTable.USER_PREFIX + username;
    }

    /** {@code #METADATA#<username>} */
    public static String sortKey(String username) {
        return QuickPhotosTable.METADATA_PREFIX + username;
    }

    /** The full key of a user's profile, for the Enhanced Client. */
    public static Key key(String username) {
        return Key.builder().partitionValue(partitionKey(username)).sortValue(sortKey(username)).build();
    }

    /** The full key of a user's profile, for the low-level client. */
    public static Map<String, AttributeValue> keyAttributes(String username) {
        return Map.of(QuickPhotosTable.PK, AttributeValue.fromS(partitionKey(username)),
                QuickPhotosTable.SK, AttributeValue.fromS(sortKey(username)));
    }

    @DynamoDbPartitionKey
    @DynamoDbSecondarySortKey(indexNames = QuickPhotosTable.INVERTED_INDEX)
    @DynamoDbAttribute(QuickPhotosTable.PK)
    public String getPk() {
        return username == null ? null : partitionKey(username);
    }

    /** Ignored: the key is derived from the username. */
    public void setPk(String pk) {
        // Derived from the username.
    }

    @DynamoDbSortKey
    @DynamoDbSecondaryPartitionKey(indexNames = QuickPhotosTable.INVERTED_INDEX)
    @DynamoDbAttribute(QuickPhotosTable.SK)
    public String getSk() {
        return username == null ? null : sortKey(username);
    }

    /** Ignored: the key is derived from the username. */
    public void setSk(String sk) {
        // Derived from the username.
    }

    @DynamoDbAttribute(USERNAME)
    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    @DynamoDbAttribute(NAME)
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @DynamoDbAttribute(EMAIL)
    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    @DynamoDbAttribute(BIRTHDATE)
    public String getBirthdate() {
        return birthdate;
    }

    public void setBirthdate(String birthdate) {
        this.birthdate = birthdate;
    }

    @DynamoDbAttribute(ADDRESS)
    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    @DynamoDbAttribute(STATUS)
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    @DynamoDbAttribute(INTERESTS)
    public List<String> getInterests() {
        return interests;
    }

    public void setInterests(List<String> interests) {
        this.interests = interests;
    }

    @DynamoDbAttribute(FOLLOWERS)
    public Integer getFollowers() {
        return followers;
    }

    public void setFollowers(Integer followers) {
        this.followers = followers;
    }

    @DynamoDbAttribute(FOLLOWING)
    public Integer getFollowing() {
        return following;
    }

    public void setFollowing(Integer following) {
        this.following = following;
    }

    /** The sort key of the photo the user pinned to their profile, if any. */
    @DynamoDbAttribute(PINNED_IMAGE)
    public String getPinnedImage() {
        return pinnedImage;
    }

    public void setPinnedImage(String pinnedImage) {
        this.pinnedImage = pinnedImage;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof User user
                && Objects.equals(username, user.username)
                && Objects.equals(name, user.name)
                && Objects.equals(email, user.email)
                && Objects.equals(birthdate, user.birthdate)
                && Objects.equals(address, user.address)
                && Objects.equals(status, user.status)
                && Objects.equals(interests, user.interests)
                && Objects.equals(followers, user.followers)
                && Objects.equals(following, user.following)
                && Objects.equals(pinnedImage, user.pinnedImage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, name, email, birthdate, address, status, interests, followers, following,
                pinnedImage);
    }

    @Override
    public String toString() {
        return "User " + username + " (" + name + ", status \"" + status + "\", interests " + interests
                + ", followers " + followers + ", following " + following
                + (pinnedImage == null ? "" : ", pinned " + pinnedImage) + ")";
    }
}
