package org.dynamodbworkshop.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A lesson's {@code reference-usage.json}: what the reference solution read and wrote in each measured test (see
 * {@link TestDynamoDb#usage()}), by exercise and test. It is generated from a grade of the reference and committed,
 * so that the student edition compares a learner's figures with the reference's without holding the reference.
 *
 * @param byExercise for each exercise id, the usage of each of its measured tests, by the test's display name
 */
public record ReferenceUsage(Map<String, Map<String, Usage>> byExercise) {

    public static final String FILE_NAME = "reference-usage.json";

    private static final String ABOUT = "What the reference solution read and wrote in each test that measures it,"
            + " generated from a grade of the reference: see CONTRIBUTING.md, \"What each access pattern costs\".";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static final ReferenceUsage NONE = new ReferenceUsage(Map.of());

    /** The figures of one test, if the reference was measured in it. */
    public Optional<Usage> test(String exerciseId, String testName) {
        return Optional.ofNullable(byExercise.getOrDefault(exerciseId, Map.of()).get(testName));
    }

    /** What the reference read and wrote over all the measured tests of an exercise. */
    public Usage total(String exerciseId) {
        return byExercise.getOrDefault(exerciseId, Map.of()).values().stream().reduce(Usage.NONE, Usage::plus);
    }

    /** The tests of an exercise that measured the reference, by display name. */
    public Set<String> testNames(String exerciseId) {
        return byExercise.getOrDefault(exerciseId, Map.of()).keySet();
    }

    /** The file's text: exercises and tests sorted, so that a regenerated file differs only where figures do. */
    public String toJson(String lessonId) {
        ObjectNode root = JSON.createObjectNode();
        root.put("about", ABOUT);
        root.put("lesson", lessonId);
        ObjectNode exercises = root.putObject("exercises");
        new TreeMap<>(byExercise).forEach((exercise, tests) -> {
            ObjectNode byTest = exercises.putObject(exercise);
            new TreeMap<>(tests).forEach((test, usage) -> byTest.set(test, JSON.valueToTree(usage.lines())));
        });
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReferenceUsage parse(InputStream json) {
        try {
            JsonNode exercises = JSON.readTree(json).path("exercises");
            Map<String, Map<String, Usage>> byExercise = new TreeMap<>();
            exercises.fields().forEachRemaining(exercise -> {
                Map<String, Usage> tests = new TreeMap<>();
                exercise.getValue().fields().forEachRemaining(test ->
                        tests.put(test.getKey(), Usage.fromJson(test.getValue().toString())));
                byExercise.put(exercise.getKey(), tests);
            });
            return new ReferenceUsage(byExercise);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(FILE_NAME + " is malformed: " + e.getMessage(), e);
        }
    }

    /** The reference figures on the classpath of the running tests; none where the lesson has no such file. */
    public static ReferenceUsage onClasspath() {
        try (InputStream json = Thread.currentThread().getContextClassLoader().getResourceAsStream(FILE_NAME)) {
            return json == null ? NONE : parse(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
