package org.dynamodbworkshop.grader.model;

import java.util.List;

/**
 * One exercise: the sum of its tests.
 *
 * @param id the exercise id, {@code <n>.<k>}
 * @param title its title
 * @param score the points earned
 * @param maxScore the exercise's points, from the lesson's manifest
 * @param tests its tests
 */
public record ExerciseResult(String id, String title, double score, int maxScore, List<TestResult> tests) {

    public boolean isDone() {
        return !tests.isEmpty() && tests.stream().allMatch(test -> test.outcome() == Outcome.PASSED);
    }

    public boolean isStarted() {
        return tests.stream().anyMatch(test -> test.outcome() != Outcome.NOT_ATTEMPTED);
    }
}
