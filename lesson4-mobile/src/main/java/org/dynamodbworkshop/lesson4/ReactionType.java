package org.dynamodbworkshop.lesson4;

import java.util.Arrays;

/** The four reactions a user can give a photo, with the names the table stores. */
public enum ReactionType {
    PLUS_ONE("+1"),
    SMILEY("smiley"),
    SUNGLASSES("sunglasses"),
    HEART("heart");

    private final String value;

    ReactionType(String value) {
        this.value = value;
    }

    /**
     * The name in the table: the {@code reactionType} of a Reaction item, the {@code <type>} in its key, and a key
     * of the Photo's {@code reactions} map. {@code +1} is not a valid name in an expression: use an expression
     * attribute name for it.
     */
    public String value() {
        return value;
    }

    /** The reaction type with this stored name. */
    public static ReactionType fromValue(String value) {
        return Arrays.stream(values()).filter(type -> type.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No reaction type " + value));
    }

    @Override
    public String toString() {
        return value;
    }
}
