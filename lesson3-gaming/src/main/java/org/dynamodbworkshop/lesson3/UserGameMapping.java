package org.dynamodbworkshop.lesson3;

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
 * A player in a game: {@code PK = GAME#<game_id>}, {@code SK = USER#<username>}. It lives in the game's partition,
 * beside the game's own item, so a game's players are found with the game; the {@link BattleRoyaleTable#INVERTED_INDEX}
 * swaps the keys, so a user's games are found by {@code SK = USER#<username>}.
 *
 * <p>{@code place} ({@code gold}, {@code silver} or {@code bronze}, see {@link Place}) is set once the game ended,
 * for the three winners only.
 *
 * <p>Given code: the Enhanced Client maps it with {@link #TABLE_SCHEMA}.
 */
@DynamoDbBean
public class UserGameMapping {

    public static final String GAME_ID = "game_id";
    public static final String USERNAME = "username";
    public static final String PLACE = "place";

    /** Maps user-game mappings to and from items, for the Enhanced Client. */
    public static final TableSchema<UserGameMapping> TABLE_SCHEMA = TableSchema.fromBean(UserGameMapping.class);

    private String pk;
    private String sk;
    private String gameId;
    private String username;
    private String place;

    public UserGameMapping() {
    }

    /** The mapping that puts a user into a game, with no place yet. */
    public UserGameMapping(String gameId, String username) {
        this.pk = pk(gameId);
        this.sk = sk(username);
        this.gameId = gameId;
        this.username = username;
    }

    /** The partition key of a mapping: its game's, {@code GAME#<game_id>}. */
    public static String pk(String gameId) {
        return Game.pk(gameId);
    }

    /** The sort key of a mapping: {@code USER#<username>}. */
    public static String sk(String username) {
        return User.pk(username);
    }

    /** The key of a mapping, for the Enhanced Client. */
    public static Key key(String gameId, String username) {
        return Key.builder().partitionValue(pk(gameId)).sortValue(sk(username)).build();
    }

    /** The key of a mapping, for the low-level client. */
    public static Map<String, AttributeValue> keyAttributes(String gameId, String username) {
        return Map.of(BattleRoyaleTable.PK, AttributeValue.fromS(pk(gameId)),
                BattleRoyaleTable.SK, AttributeValue.fromS(sk(username)));
    }

    @DynamoDbPartitionKey
    @DynamoDbSecondarySortKey(indexNames = BattleRoyaleTable.INVERTED_INDEX)
    @DynamoDbAttribute(BattleRoyaleTable.PK)
    public String getPk() {
        return pk;
    }

    public void setPk(String pk) {
        this.pk = pk;
    }

    @DynamoDbSortKey
    @DynamoDbSecondaryPartitionKey(indexNames = BattleRoyaleTable.INVERTED_INDEX)
    @DynamoDbAttribute(BattleRoyaleTable.SK)
    public String getSk() {
        return sk;
    }

    public void setSk(String sk) {
        this.sk = sk;
    }

    @DynamoDbAttribute(GAME_ID)
    public String getGameId() {
        return gameId;
    }

    public void setGameId(String gameId) {
        this.gameId = gameId;
    }

    @DynamoDbAttribute(USERNAME)
    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    @DynamoDbAttribute(PLACE)
    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserGameMapping mapping
                && Objects.equals(pk, mapping.pk)
                && Objects.equals(sk, mapping.sk)
                && Objects.equals(gameId, mapping.gameId)
                && Objects.equals(username, mapping.username)
                && Objects.equals(place, mapping.place);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pk, sk, gameId, username, place);
    }

    @Override
    public String toString() {
        return username + " in game " + gameId + (place == null ? "" : " (" + place + ")");
    }
}
