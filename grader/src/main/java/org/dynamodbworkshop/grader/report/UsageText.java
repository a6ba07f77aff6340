package org.dynamodbworkshop.grader.report;

import java.util.Locale;
import java.util.Optional;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.Measurement;

/** How the reports word what an exercise's code read and wrote, beside what the reference does in the same tests. */
final class UsageText {

    private UsageText() {
    }

    /** Reads like "3 requests, 12.5 RCU, $46.88 a month". */
    static String of(Measurement measurement) {
        return measurement.usage().summary() + ", " + dollars(measurement.monthlyCost()) + " a month";
    }

    /**
     * Reads like "Your code: 3 requests, 12.5 RCU, $46.88 a month. The reference: 1 request, 0.5 RCU, $1.88 a
     * month."; empty where neither was measured.
     */
    static Optional<String> comparison(ExerciseResult exercise) {
        Optional<String> learner = exercise.measured().map(measured -> "Your code: " + of(measured) + ".");
        Optional<String> reference = exercise.reference().map(measured -> "The reference: " + of(measured) + ".");
        if (learner.isEmpty()) {
            return reference;
        }
        return Optional.of(learner.get() + reference.map(text -> " " + text).orElse(""));
    }

    static String dollars(double dollars) {
        return String.format(Locale.ROOT, "$%,.2f", dollars);
    }
}
