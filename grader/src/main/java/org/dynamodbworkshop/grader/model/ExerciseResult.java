package org.dynamodbworkshop.grader.model;

import java.util.List;
import java.util.Optional;

/**
 * One exercise: the sum of its tests.
 *
 * @param id the exercise id, {@code <n>.<k>}
 * @param title its title
 * @param score the points earned
 * @param maxScore the exercise's points, from the lesson's manifest
 * @param tests its tests
 * @param reference what the reference solution reads and writes in the tests that measured the learner's code (in
 *     all its measured tests where none did); empty where the lesson has no reference figures
 */
public record ExerciseResult(String id, String title, double score, int maxScore, List<TestResult> tests,
                             Optional<Measurement> reference) {

    /** What the learner's code read and wrote in the tests that measured it; empty where none did. */
    public Optional<Measurement> measured() {
        return Measurement.of(tests.stream().map(TestResult::usage).toList());
    }

    public boolean isDone() {
        return !tests.isEmpty() && tests.stream().allMatch(test -> test.outcome() == Outcome.PASSED);
    }

    public boolean isStarted() {
        return tests.stream().anyMatch(test -> test.outcome() != Outcome.NOT_ATTEMPTED);
    }
}
