package org.dynamodbworkshop.grader.model;

import java.util.Optional;
import org.dynamodbworkshop.testkit.Usage;

/**
 * One graded test.
 *
 * @param name the test's sentence, as its display name says it
 * @param outcome how it ended
 * @param message what the learner reads: the failure message, or empty
 * @param score the points it earned
 * @param maxScore the points it can earn: its exercise's points shared among the exercise's tests
 * @param usage what the code under test read and wrote, where the test measured it and the code was attempted
 */
public record TestResult(String name, Outcome outcome, String message, double score, double maxScore,
                         Optional<Usage> usage) {
}
