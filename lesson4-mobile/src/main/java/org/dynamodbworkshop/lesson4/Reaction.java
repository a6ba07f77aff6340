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
 * One user's reaction of one type to one photo: {@code PK = REACTION#<reactingUser>#<type>}, {@code SK = } the
 * photo's sort key, {@code PHOTO#<owner>#<timestamp>}.
 *
 * <p>Given code, mapped by the Enhanced Client with {@link #TABLE_SCHEMA}. The keys are derived from the reacting
 * user, the type and the photo. Because the type is part of the key, a user can give one photo several types of
 * reaction, but each type only once. {@code timestamp} is when the reaction was made.
 */
@DynamoDbBean
public class Reaction {

    public static final String REACTING_USER = "reactingUser";
    public static final String REACTION_TYPE = "reactionType";
    public static final String PHOTO = "photo";
    public static final String TIMESTAMP = "timestamp";

    /** Maps reactions to and from items, for the Enhanced Client. */
    public static final TableSchema<Reaction> TABLE_SCHEMA = TableSchema.fromBean(Reaction.class);

    private String reactingUser;
    private String reactionType;
    private String photo;
    private String timestamp;

    public Reaction() {
    }

    /**
     * @param photo the sort key of the photo, {@code PHOTO#<owner>#<timestamp>}
     * @param timestamp when the reaction was made
     */
    public Reaction(String reactingUser, ReactionType type, String photo, String timestamp) {
        this.reactingUser = reactingUser;
        this.reactionType = type.value();
        this.photo = photo;
        this.timestamp = timestamp;
    }

    /** {@code REACTION#<reactingUser>#<type>} */
    public static String partitionKey(String reactingUser, ReactionType type) {
        return QuickPhotosTable.REACTION_PREFIX + reactingUser + "#" + type.value();
    }

    /** The full key of a reaction to the photo with this sort key, for the Enhanced Client. */
    public static Key key(String reactingUser, ReactionType type, String photoSortKey) {
        return Key.builder().partitionValue(partitionKey(reactingUser, type)).sortValue(photoSortKey).build();
    }

    /** The full key of a reaction to the photo with this sort key, for the low-level client. */
    public static Map<String, AttributeValue> keyAttributes(String reactingUser, ReactionType type,
                                                            String photoSortKey) {
        return Map.of(QuickPhotosTable.PK, AttributeValue.fromS(partitionKey(reactingUser, type)),
                QuickPhotosTable.SK, AttributeValue.fromS(photoSortKey));
    }

    @DynamoDbPartitionKey
    @DynamoDbSecondarySortKey(indexNames = QuickPhotosTable.INVERTED_INDEX)
    @DynamoDbAttribute(QuickPhotosTable.PK)
    public String getPk() {
        return reactingUser == null || reactionType == null ? null
                : QuickPhotosTable.REACTION_PREFIX + reactingUser + "#" + reactionType;
    }

    /** Ignored: the key is derived from the reacting user and the type. */
    public void setPk(String pk) {
        // Derived from the reacting user and the type.
    }

    @DynamoDbSortKey
    @DynamoDbSecondaryPartitionKey(indexNames = QuickPhotosTable.INVERTED_INDEX)
    @DynamoDbAttribute(QuickPhotosTable.SK)
    public String getSk() {
        return photo;
    }

    /** Ignored: the key is the photo's sort key. */
    public void setSk(String sk) {
        // Derived from the photo.
    }

    @DynamoDbAttribute(REACTING_USER)
    public String getReactingUser() {
        return reactingUser;
    }

    public void setReactingUser(String reactingUser) {
        this.reactingUser = reactingUser;
    }

    /** The stored name of the type, such as {@code heart}; see {@link #type()}. */
    @DynamoDbAttribute(REACTION_TYPE)
    public String getReactionType() {
        return reactionType;
    }

    public void setReactionType(String reactionType) {
        this.reactionType = reactionType;
    }

    /** The photo's sort key, {@code PHOTO#<owner>#<timestamp>}. */
    @DynamoDbAttribute(PHOTO)
    public String getPhoto() {
        return photo;
    }

    public void setPhoto(String photo) {
        this.photo = photo;
    }

    @DynamoDbAttribute(TIMESTAMP)
    public String getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(String timestamp) {
        this.timestamp = timestamp;
    }

    /** The type of the reaction. */
    public ReactionType type() {
        return ReactionType.fromValue(reactionType);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Reaction reaction
                && Objects.equals(reactingUser, reaction.reactingUser)
                && Objects.equals(reactionType, reaction.reactionType)
                && Objects.equals(photo, reaction.photo)
                && Objects.equals(timestamp, reaction.timestamp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reactingUser, reactionType, photo, timestamp);
    }

    @Override
    public String toString() {
        return "Reaction " + reactionType + " by " + reactingUser + " to " + photo + " at " + timestamp;
    }
}
