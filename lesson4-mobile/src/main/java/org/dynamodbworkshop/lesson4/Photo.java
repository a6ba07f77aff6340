package org.dynamodbworkshop.lesson4;

import java.util.LinkedHashMap;
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
 * A photo a user uploaded: {@code PK = USER#<username>}, {@code SK = PHOTO#<username>#<timestamp>}.
 *
 * <p>Given code, mapped by the Enhanced Client with {@link #TABLE_SCHEMA}. The keys are derived from the username
 * and timestamp. {@code location} is where the image lives on the content delivery network; {@code reactions}
 * counts the photo's Reaction items by type ({@code +1}, {@code smiley}, {@code sunglasses}, {@code heart}), kept
 * right by exercise 4.12.
 */
@DynamoDbBean
public class Photo {

    public static final String USERNAME = "username";
    public static final String TIMESTAMP = "timestamp";
    public static final String LOCATION = "location";
    public static final String REACTIONS = "reactions";

    /** Maps photos to and from items, for the Enhanced Client. */
    public static final TableSchema<Photo> TABLE_SCHEMA = TableSchema.fromBean(Photo.class);

    private String username;
    private String timestamp;
    private String location;
    private Map<String, Integer> reactions;

    public Photo() {
    }

    /** A new photo, with every reaction count at zero. */
    public static Photo newPhoto(String username, String timestamp, String location) {
        Photo photo = new Photo();
        photo.setUsername(username);
        photo.setTimestamp(timestamp);
        photo.setLocation(location);
        Map<String, Integer> none = new LinkedHashMap<>();
        for (ReactionType type : ReactionType.values()) {
            none.put(type.value(), 0);
        }
        photo.setReactions(none);
        return photo;
    }

    /** {@code PHOTO#<username>#<timestamp>}: the photo's sort key, also its partition key in the inverted index. */
    public static String sortKey(String username, String timestamp) {
        return QuickPhotosTable.PHOTO_PREFIX + username + "#" + timestamp;
    }

    /** The full key of a photo, for the Enhanced Client. */
    public static Key key(String username, String timestamp) {
        return Key.builder().partitionValue(User.partitionKey(username)).sortValue(sortKey(username, timestamp))
                .build();
    }

    /** The full key of a photo, for the low-level client. */
    public static Map<String, AttributeValue> keyAttributes(String username, String timestamp) {
        return Map.of(QuickPhotosTable.PK, AttributeValue.fromS(User.partitionKey(username)),
                QuickPhotosTable.SK, AttributeValue.fromS(sortKey(username, timestamp)));
    }

    @DynamoDbPartitionKey
    @DynamoDbSecondarySortKey(indexNames = QuickPhotosTable.INVERTED_INDEX)
    @DynamoDbAttribute(QuickPhotosTable.PK)
    public String getPk() {
        return username == null ? null : User.partitionKey(username);
    }

    /** Ignored: the key is derived from the username. */
    public void setPk(String pk) {
        // Derived from the username.
    }

    @DynamoDbSortKey
    @DynamoDbSecondaryPartitionKey(indexNames = QuickPhotosTable.INVERTED_INDEX)
    @DynamoDbAttribute(QuickPhotosTable.SK)
    public String getSk() {
        return username == null || timestamp == null ? null : sortKey(username, timestamp);
    }

    /** Ignored: the key is derived from the username and timestamp. */
    public void setSk(String sk) {
        // Derived from the username and timestamp.
    }

    @DynamoDbAttribute(USERNAME)
    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    @DynamoDbAttribute(TIMESTAMP)
    public String getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(String timestamp) {
        this.timestamp = timestamp;
    }

    @DynamoDbAttribute(LOCATION)
    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    @DynamoDbAttribute(REACTIONS)
    public Map<String, Integer> getReactions() {
        return reactions;
    }

    public void setReactions(Map<String, Integer> reactions) {
        this.reactions = reactions;
    }

    /** How many reactions of this type the photo has, as stored in its {@code reactions} map. */
    public int reactionCount(ReactionType type) {
        return reactions == null ? 0 : reactions.getOrDefault(type.value(), 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Photo photo
                && Objects.equals(username, photo.username)
                && Objects.equals(timestamp, photo.timestamp)
                && Objects.equals(location, photo.location)
                && Objects.equals(reactions, photo.reactions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, timestamp, location, reactions);
    }

    @Override
    public String toString() {
        return "Photo " + getSk() + " (" + location + ", reactions " + reactions + ")";
    }
}
