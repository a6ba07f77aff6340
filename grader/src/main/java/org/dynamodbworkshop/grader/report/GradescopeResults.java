package org.dynamodbworkshop.grader.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.model.TestResult;

/** {@code results.json} in Gradescope's autograder format: one entry per graded test. */
public final class GradescopeResults {

    private GradescopeResults() {
    }

    public static String write(GradeReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("score", Json.score(report.score()));
        root.put("execution_time", report.elapsed().toSeconds());
        root.put("output", summary(report));
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        root.put("tests", tests(report));
        return Json.write(root);
    }

    private static String summary(GradeReport report) {
        StringBuilder text = new StringBuilder("Score: " + Scores.format(report.score()) + " / " + report.maxScore());
        report.lessons().forEach(lesson -> text.append("\n").append(lesson.id()).append(": ")
                .append(Scores.format(lesson.score())).append(" / ").append(lesson.maxScore())
                .append(" (").append(lesson.status().label()).append(")"));
        report.warnings().forEach(warning -> text.append("\nWarning: ").append(warning));
        return text.toString();
    }

    private static List<Map<String, Object>> tests(GradeReport report) {
        List<Map<String, Object>> tests = new ArrayList<>();
        for (LessonResult lesson : report.lessons()) {
            for (ExerciseResult exercise : lesson.exercises()) {
                if (exercise.tests().isEmpty()) {
                    tests.add(test(exercise.id(), "Exercise " + exercise.id() + " " + exercise.title(), 0,
                            exercise.maxScore(), false, lesson.status().label() + ": " + lesson.detail()));
                }
                int number = 1;
                for (TestResult test : exercise.tests()) {
                    tests.add(test(exercise.id() + "." + number++,
                            "Exercise " + exercise.id() + " " + exercise.title() + ": " + test.name(),
                            test.score(), test.maxScore(), test.outcome() == Outcome.PASSED,
                            test.outcome() == Outcome.PASSED ? "" : test.outcome().label() + ": " + test.message()));
                }
            }
        }
        return tests;
    }

    private static Map<String, Object> test(String number, String name, double score, double maxScore,
                                            boolean passed, String output) {
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("name", name);
        test.put("number", number);
        test.put("score", Json.score(score));
        test.put("max_score", Json.score(maxScore));
        test.put("status", passed ? "passed" : "failed");
        test.put("output", output);
        test.put("visibility", "visible");
        return test;
    }
}
