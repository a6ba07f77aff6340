package org.dynamodbworkshop.grader.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.Measurement;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.model.StudentGrade;
import org.dynamodbworkshop.grader.model.SubmissionStatus;
import org.dynamodbworkshop.grader.model.TestResult;
import org.dynamodbworkshop.testkit.RequestBudget;

/**
 * How a class does in one exercise, over its graded students: where an instructor looks first.
 *
 * @param id the exercise id
 * @param title its title
 * @param students graded students
 * @param passing students whose every test of it passes
 * @param overBudget students with a test of it failing its request budget
 * @param medianUnits the median, over students whose code was measured, of the capacity units (read and write) it
 *     consumed; empty where none was
 * @param referenceUnits the same median of what the reference consumes in those students' measured tests
 * @param mostFailed the test that fails for the most students (failed, error or timed out; not attempted aside)
 * @param mostFailedCount for how many students it fails
 */
record ExerciseStats(String id, String title, int students, int passing, int overBudget, OptionalDouble medianUnits,
                     OptionalDouble referenceUnits, Optional<String> mostFailed, int mostFailedCount) {

    /** Every exercise of the graded students' reports, in course order. */
    static List<ExerciseStats> of(List<StudentGrade> rows) {
        Map<String, List<ExerciseResult>> byExercise = new LinkedHashMap<>();
        rows.stream().filter(row -> row.status() == SubmissionStatus.GRADED)
                .flatMap(row -> row.report().lessons().stream())
                .flatMap(lesson -> lesson.exercises().stream())
                .forEach(exercise -> byExercise.computeIfAbsent(exercise.id(), id -> new ArrayList<>()).add(exercise));
        return byExercise.values().stream().map(ExerciseStats::over).toList();
    }

    private static ExerciseStats over(List<ExerciseResult> results) {
        ExerciseResult first = results.get(0);
        List<ExerciseResult> measured = results.stream().filter(result -> result.measured().isPresent()).toList();
        Map<String, Integer> failures = new LinkedHashMap<>();
        results.forEach(result -> result.tests().stream().filter(ExerciseStats::failed)
                .forEach(test -> failures.merge(test.name(), 1, Integer::sum)));
        Optional<Map.Entry<String, Integer>> mostFailed = failures.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry::getValue));
        return new ExerciseStats(first.id(), first.title(), results.size(),
                (int) results.stream().filter(ExerciseResult::isDone).count(),
                (int) results.stream().filter(ExerciseStats::overBudget).count(),
                median(measured.stream().map(result -> units(result.measured())).toList()),
                median(measured.stream().map(result -> units(result.reference())).toList()),
                mostFailed.map(Map.Entry::getKey), mostFailed.map(Map.Entry::getValue).orElse(0));
    }

    int passRate() {
        return Scores.percent(passing, students);
    }

    private static boolean failed(TestResult test) {
        return test.outcome() != Outcome.PASSED && test.outcome() != Outcome.NOT_ATTEMPTED;
    }

    private static boolean overBudget(ExerciseResult result) {
        return result.tests().stream().anyMatch(test -> test.message().startsWith(RequestBudget.FAILURE_START));
    }

    private static double units(Optional<Measurement> measurement) {
        return measurement.map(found -> found.usage().readUnits() + found.usage().writeUnits()).orElse(0.0);
    }

    private static OptionalDouble median(List<Double> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return OptionalDouble.of(sorted.size() % 2 == 1 ? sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2);
    }
}
