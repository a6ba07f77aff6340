package org.dynamodbworkshop.grader.model;

/**
 * One graded test.
 *
 * @param name the test's sentence, as its display name says it
 * @param outcome how it ended
 * @param message what the learner reads: the failure message, or empty
 * @param score the points it earned
 * @param maxScore the points it can earn: its exercise's points shared among the exercise's tests
 */
public record TestResult(String name, Outcome outcome, String message, double score, double maxScore) {
}
