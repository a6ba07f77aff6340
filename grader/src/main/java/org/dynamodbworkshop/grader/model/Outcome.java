package org.dynamodbworkshop.grader.model;

import java.util.Locale;

/** How one graded test ended. */
public enum Outcome {
    PASSED("passed"), FAILED("failed"), ERROR("error"), TIMED_OUT("timed out"), NOT_ATTEMPTED("not started");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** What every view a person reads calls it: {@code passed}, {@code not started}, ... */
    public String label() {
        return label;
    }

    /** The name in reports: {@code passed}, {@code not_attempted}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Outcome fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
