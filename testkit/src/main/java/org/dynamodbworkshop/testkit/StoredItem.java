package org.dynamodbworkshop.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One item as DynamoDB stores it, read with the admin client, for checks of what a mapper would forgive: an
 * attribute's type (a number stored as a string reads back as a number through the Enhanced Client, but sorts,
 * compares and adds as a string), and an unset field stored as a NULL-typed attribute instead of none (which
 * {@code attribute_not_exists} then no longer sees, and no index keyed on it accepts).
 *
 * <pre>{@code
 * StoredItem.in(dynamo, "Music", MusicFixture.key("The Acme Band", "Gone Fishing"), "the song after putSong")
 *         .hasType("Awards", StoredItem.NUMBER)
 *         .lacks("AlbumTitle");
 * }</pre>
 */
public final class StoredItem {

    /** DynamoDB's type names, as {@code aws dynamodb get-item} shows them. */
    public static final String STRING = "S";
    public static final String NUMBER = "N";
    public static final String MAP = "M";
    public static final String LIST = "L";
    public static final String STRING_SET = "SS";
    public static final String BOOLEAN = "BOOL";

    private final String what;
    private final Map<String, AttributeValue> item;

    private StoredItem(String what, Map<String, AttributeValue> item) {
        this.what = what;
        this.item = item;
    }

    /** Reads the item with a strongly consistent GetItem; fails if there is none. */
    public static StoredItem in(TestDynamoDb dynamo, String logicalTable, Map<String, AttributeValue> key,
                                String what) {
        Map<String, AttributeValue> item = dynamo.admin().getItem(request -> request
                .tableName(dynamo.tableName(logicalTable)).key(key).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            throw new AssertionError(what + " is missing: no item has the key " + key);
        }
        return new StoredItem(what, item);
    }

    /** The attribute is stored with this DynamoDB type ({@link #NUMBER}, {@link #STRING}, ...). */
    public StoredItem hasType(String attribute, String type) {
        AttributeValue value = item.get(attribute);
        if (value == null) {
            throw new AssertionError(what + " has no attribute " + attribute + "; expected one of type " + type
                    + ". Stored: " + typed(item));
        }
        if (!typeOf(value).equals(type)) {
            throw new AssertionError(what + " stores " + attribute + " as " + typeOf(value) + " " + value
                    + ", where " + type + " is due: a mapper may read it back, but DynamoDB compares, sorts and"
                    + " updates it as " + typeOf(value) + ".");
        }
        return this;
    }

    /** None of these attributes is stored, not even as a NULL: an unset field is left out. */
    public StoredItem lacks(String... attributes) {
        List<String> present = new ArrayList<>();
        for (String attribute : attributes) {
            if (item.containsKey(attribute)) {
                present.add(attribute + " (" + typeOf(item.get(attribute)) + ")");
            }
        }
        if (!present.isEmpty()) {
            throw new AssertionError(what + " stores " + String.join(", ", present) + ", which should be left out:"
                    + " an unset field is no attribute at all. A NULL-typed attribute exists for attribute_exists,"
                    + " and no index keyed on it will take the item.");
        }
        return this;
    }

    /** DynamoDB's name of the value's type. */
    static String typeOf(AttributeValue value) {
        return switch (value.type()) {
            case S -> STRING;
            case N -> NUMBER;
            case B -> "B";
            case SS -> STRING_SET;
            case NS -> "NS";
            case BS -> "BS";
            case M -> MAP;
            case L -> LIST;
            case BOOL -> BOOLEAN;
            case NUL -> "NULL";
            default -> "unknown";
        };
    }

    private static String typed(Map<String, AttributeValue> item) {
        List<String> attributes = new ArrayList<>();
        item.forEach((name, value) -> attributes.add(name + " (" + typeOf(value) + ")"));
        attributes.sort(String::compareTo);
        return String.join(", ", attributes);
    }
}
