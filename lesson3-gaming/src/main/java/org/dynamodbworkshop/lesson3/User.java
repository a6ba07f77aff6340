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
 * A player's profile: {@code PK = USER#<username>}, {@code SK = #METADATA#<username>}.
 *
 * <p>Given code: the Enhanced Client maps it with {@link #TABLE_SCHEMA}. Build one with
 * {@link #User(String, String, String, String, String)}, which also sets the keys.
 */
@DynamoDbBean
public class User {

    public static final String USERNAME = "username";
    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String BIRTHDATE = "birthdate";
    public static final String ADDRESS = "address";

    /** Maps users to and from items, for the Enhanced Client. */
    public static final TableSchema<User> TABLE_SCHEMA = TableSchema.fromBean(User.class);

    private String pk;
    private String sk;
    private String username;
    private String name;
    private String email;
    private String birthdate;
    private String address;

    public User() {
    }

    public User(String username, String name, String email, String birthdate, String address) {
        this.pk = pk(username);
        this.sk = sk(username);
        this.username = username;
        this.name = name;
        this.email = email;
        this.birthdate = birthdate;
        this.address = address;
    }

    /** The partition key of a user's item: {@code USER#<username>}. */
    public static String pk(String username) {
        return "USER#" + username;
    }

    /** The sort key of a user's item: {@code #METADATA#<username>}. */
    public static String sk(String username) {
        return "#METADATA#" + username;
    }

    /** The key of a user's item, for the Enhanced Client. */
    public static Key key(String username) {
        return Key.builder().partitionValue(pk(username)).sortValue(sk(username)).build();
    }

    /** The key of a user's item, for the low-level client. */
    public static Map<String, AttributeValue> keyAttributes(String username) {
        return Map.of(BattleRoyaleTable.PK, AttributeValue.fromS(pk(username)),
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

    @Override
    public boolean equals(Object other) {
        return other instanceof User user
                && Objects.equals(pk, user.pk)
                && Objects.equals(sk, user.sk)
                && Objects.equals(username, user.username)
                && Objects.equals(name, user.name)
                && Objects.equals(email, user.email)
                && Objects.equals(birthdate, user.birthdate)
                && Objects.equals(address, user.address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pk, sk, username, name, email, birthdate, address);
    }

    @Override
    public String toString() {
        return "User " + username + " (" + name + ", " + email + ", born " + birthdate + ", " + address + ")";
    }
}
