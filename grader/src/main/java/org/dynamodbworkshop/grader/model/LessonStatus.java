package org.dynamodbworkshop.grader.model;

import java.util.Locale;

/** How grading a lesson went as a whole. */
public enum LessonStatus {
    /** The tests ran; each has its outcome. */
    GRADED("graded"),
    /** The student's files do not compile; nothing ran. */
    COMPILE_ERROR("does not compile"),
    /** The test JVM died (System.exit, out of memory); tests that finished before keep their results. */
    CRASHED("crashed"),
    /** The lesson's time limit ran out; tests that finished before keep their results. */
    TIMED_OUT("timed out"),
    /** The submission has none of the lesson's student files. */
    MISSING("missing");

    private final String label;

    LessonStatus(String label) {
        this.label = label;
    }

    /** What every view a person reads calls it: {@code graded}, {@code does not compile}, ... */
    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
