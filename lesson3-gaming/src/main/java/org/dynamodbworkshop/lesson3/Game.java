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
 * A game: {@code PK = GAME#<game_id>}, {@code SK = #METADATA#<game_id>}. Its players are {@link UserGameMapping}
 * items in the same partition, so one Query reads a game and its players together.
 *
 * <p>A game's life: while it is <b>open</b> it carries {@code open_timestamp} (the same time as {@code create_time}),
 * which puts it into the sparse {@link BattleRoyaleTable#OPEN_GAMES_INDEX}; once <b>started</b> it has
 * {@code start_time} and no {@code open_timestamp}; once <b>ended</b> it also has {@code end_time} and the usernames
 * of the {@code gold}, {@code silver} and {@code bronze} winners. {@code people} counts its players, at most
 * {@link BattleRoyaleTable#MAX_PLAYERS}. Times are fixed-width ISO-8601 strings such as {@code 2019-04-16T10:12:54},
 * so they sort as text.
 *
 * <p>Given code: the Enhanced Client maps it with {@link #TABLE_SCHEMA}.
 */
@DynamoDbBean
public class Game {

    public static final String GAME_ID = "game_id";
    public static final String MAP = "map";
    public static final String CREATE_TIME = "create_time";
    public static final String CREATOR = "creator";
    public static final String PEOPLE = "people";
    public static final String OPEN_TIMESTAMP = "open_timestamp";
    public static final String START_TIME = "start_time";
    public static final String END_TIME = "end_time";
    public static final String GOLD = "gold";
    public static final String SILVER = "silver";
    public static final String BRONZE = "bronze";

    /** Maps games to and from items, for the Enhanced Client. */
    public static final TableSchema<Game> TABLE_SCHEMA = TableSchema.fromBean(Game.class);

    private String pk;
    private String sk;
    private String gameId;
    private String map;
    private String createTime;
    private String creator;
    private Integer people;
    private String openTimestamp;
    private String startTime;
    private String endTime;
    private String gold;
    private String silver;
    private String bronze;

    public Game() {
    }

    /** A new open game with nobody in it yet: {@code people} 0, {@code open_timestamp} equal to its creation time. */
    public static Game open(String gameId, String map, String creator, String createTime) {
        Game game = new Game();
        game.setPk(pk(gameId));
        game.setSk(sk(gameId));
        game.setGameId(gameId);
        game.setMap(map);
        game.setCreator(creator);
        game.setCreateTime(createTime);
        game.setOpenTimestamp(createTime);
        game.setPeople(0);
        return game;
    }

    /** The partition key of a game's item and of its players' items: {@code GAME#<game_id>}. */
    public static String pk(String gameId) {
        return "GAME#" + gameId;
    }

    /** The sort key of a game's own item: {@code #METADATA#<game_id>}. */
    public static String sk(String gameId) {
        return "#METADATA#" + gameId;
    }

    /** The key of a game's item, for the Enhanced Client. */
    public static Key key(String gameId) {
        return Key.builder().partitionValue(pk(gameId)).sortValue(sk(gameId)).build();
    }

    /** The key of a game's item, for the low-level client. */
    public static Map<String, AttributeValue> keyAttributes(String gameId) {
        return Map.of(BattleRoyaleTable.PK, AttributeValue.fromS(pk(gameId)),
                BattleRoyaleTable.SK, AttributeValue.fromS(sk(gameId)));
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

    @DynamoDbSecondaryPartitionKey(indexNames = BattleRoyaleTable.OPEN_GAMES_INDEX)
    @DynamoDbAttribute(MAP)
    public String getMap() {
        return map;
    }

    public void setMap(String map) {
        this.map = map;
    }

    @DynamoDbAttribute(CREATE_TIME)
    public String getCreateTime() {
        return createTime;
    }

    public void setCreateTime(String createTime) {
        this.createTime = createTime;
    }

    @DynamoDbAttribute(CREATOR)
    public String getCreator() {
        return creator;
    }

    public void setCreator(String creator) {
        this.creator = creator;
    }

    @DynamoDbAttribute(PEOPLE)
    public Integer getPeople() {
        return people;
    }

    public void setPeople(Integer people) {
        this.people = people;
    }

    @DynamoDbSecondarySortKey(indexNames = BattleRoyaleTable.OPEN_GAMES_INDEX)
    @DynamoDbAttribute(OPEN_TIMESTAMP)
    public String getOpenTimestamp() {
        return openTimestamp;
    }

    public void setOpenTimestamp(String openTimestamp) {
        this.openTimestamp = openTimestamp;
    }

    @DynamoDbAttribute(START_TIME)
    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    @DynamoDbAttribute(END_TIME)
    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    @DynamoDbAttribute(GOLD)
    public String getGold() {
        return gold;
    }

    public void setGold(String gold) {
        this.gold = gold;
    }

    @DynamoDbAttribute(SILVER)
    public String getSilver() {
        return silver;
    }

    public void setSilver(String silver) {
        this.silver = silver;
    }

    @DynamoDbAttribute(BRONZE)
    public String getBronze() {
        return bronze;
    }

    public void setBronze(String bronze) {
        this.bronze = bronze;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Game game
                && Objects.equals(pk, game.pk)
                && Objects.equals(sk, game.sk)
                && Objects.equals(gameId, game.gameId)
                && Objects.equals(map, game.map)
                && Objects.equals(createTime, game.createTime)
                && Objects.equals(creator, game.creator)
                && Objects.equals(people, game.people)
                && Objects.equals(openTimestamp, game.openTimestamp)
                && Objects.equals(startTime, game.startTime)
                && Objects.equals(endTime, game.endTime)
                && Objects.equals(gold, game.gold)
                && Objects.equals(silver, game.silver)
                && Objects.equals(bronze, game.bronze);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pk, sk, gameId, map, createTime, creator, people, openTimestamp, startTime, endTime,
                gold, silver, bronze);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Game ").append(gameId)
                .append(" (map ").append(map)
                .append(", created ").append(createTime).append(" by ").append(creator)
                .append(", people ").append(people);
        if (openTimestamp != null) {
            text.append(", open since ").append(openTimestamp);
        }
        if (startTime != null) {
            text.append(", started ").append(startTime);
        }
        if (endTime != null) {
            text.append(", ended ").append(endTime)
                    .append(", podium ").append(gold).append('/').append(silver).append('/').append(bronze);
        }
        return text.append(')').toString();
    }
}
