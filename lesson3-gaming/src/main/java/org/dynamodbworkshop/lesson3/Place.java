package org.dynamodbworkshop.lesson3;

/** A winner's place when a game ends, stored in a mapping's {@code place} attribute as {@link #value()}. */
public enum Place {
    GOLD("gold"),
    SILVER("silver"),
    BRONZE("bronze");

    private final String value;

    Place(String value) {
        this.value = value;
    }

    /** The attribute value, as in the tutorial's data: {@code gold}, {@code silver} or {@code bronze}. */
    public String value() {
        return value;
    }
}
