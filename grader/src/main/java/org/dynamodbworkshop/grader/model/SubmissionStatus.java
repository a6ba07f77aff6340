package org.dynamodbworkshop.grader.model;

import java.util.Locale;

/** How grading one student's submission of a class went as a whole. */
public enum SubmissionStatus {
    /** Graded: its report says the rest. */
    GRADED,
    /** A folder or zip that holds no files. */
    EMPTY,
    /** Files, but none of any lesson's student files. */
    NOT_A_SUBMISSION,
    /** It could not be read at all (a broken zip, one too large). */
    BROKEN;

    /** The name in reports and {@code grades.csv}: {@code graded}, {@code not_a_submission}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What views a person reads call it: {@code graded}, {@code not a submission}, ... */
    public String label() {
        return id().replace('_', ' ');
    }
}
