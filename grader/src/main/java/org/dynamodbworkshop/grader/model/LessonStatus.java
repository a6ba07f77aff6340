package org.dynamodbworkshop.grader.model;

import java.util.Locale;

/** How grading a lesson went as a whole. */
public enum LessonStatus {
    /** The tests ran; each has its outcome. */
    GRADED,
    /** The student's files do not compile; nothing ran. */
    COMPILE_ERROR,
    /** The test JVM died (System.exit, out of memory); tests that finished before keep their results. */
    CRASHED,
    /** The lesson's time limit ran out; tests that finished before keep their results. */
    TIMED_OUT,
    /** The submission has none of the lesson's student files. */
    MISSING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
