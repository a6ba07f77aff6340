package org.dynamodbworkshop.grader.model;

import java.util.Locale;

/** How one graded test ended. */
public enum Outcome {
    PASSED, FAILED, ERROR, TIMED_OUT, NOT_ATTEMPTED;

    /** The name in reports: {@code passed}, {@code not_attempted}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Outcome fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
