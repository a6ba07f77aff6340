package org.dynamodbworkshop.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A lesson's {@code lesson.json}: its id and title, the files a student edits, and its exercises with their
 * points. The tests, the grader, the solutions check and the student-edition export all read this one file.
 *
 * @param id the lesson's id, which is its folder name
 * @param title the lesson's title
 * @param studentFiles the files a student edits, relative to the lesson folder
 * @param exercises the exercises in order
 */
public record LessonManifest(String id, String title, List<String> studentFiles, List<Exercise> exercises) {

    public static final String FILE_NAME = "lesson.json";

    private static final Pattern EXERCISE_ID = Pattern.compile("\\d+\\.\\d+");

    /**
     * One exercise.
     *
     * @param id {@code <lesson number>.<exercise number>}, also the JUnit tag of its tests and its HINTS.md section
     * @param title what the exercise builds
     * @param points the most it scores
     */
    public record Exercise(String id, String title, int points) {

        /** The line that sends a learner to the hint, e.g. "Exercise 1.4 (Songs by an artist): see HINTS.md, ...". */
        public String hintReference() {
            return "Exercise " + id + " (" + title + "): see HINTS.md, section " + id + ".";
        }
    }

    public static LessonManifest parse(InputStream json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            return new LessonManifest(
                    text(root, "id"),
                    text(root, "title"),
                    array(root, "studentFiles").stream().map(LessonManifest::text).toList(),
                    array(root, "exercises").stream().map(LessonManifest::exercise).toList());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(FILE_NAME + " is malformed: " + e.getMessage(), e);
        }
    }

    /** The manifest on the classpath of the running tests, if they belong to a lesson. */
    public static Optional<LessonManifest> onClasspath() {
        try (InputStream json = Thread.currentThread().getContextClassLoader().getResourceAsStream(FILE_NAME)) {
            return json == null ? Optional.empty() : Optional.of(parse(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Exercise> exercise(String exerciseId) {
        return exercises.stream().filter(exercise -> exercise.id().equals(exerciseId)).findFirst();
    }

    /** The exercise a graded test belongs to: its one tag of the form {@code <n>.<k>}. */
    public static Optional<String> exerciseIdAmong(Collection<String> tags) {
        return tags.stream().filter(tag -> EXERCISE_ID.matcher(tag).matches()).findFirst();
    }

    private static Exercise exercise(JsonNode node) {
        JsonNode points = node.get("points");
        if (points == null || !points.canConvertToExactIntegral()) {
            throw new IllegalArgumentException("\"points\" must be a whole number");
        }
        return new Exercise(text(node, "id"), text(node, "title"), points.intValue());
    }

    private static List<JsonNode> array(JsonNode parent, String name) {
        JsonNode value = parent.get(name);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException("\"" + name + "\" must be an array");
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    private static String text(JsonNode parent, String name) {
        return textOf(parent.get(name), "\"" + name + "\" must be a string");
    }

    private static String text(JsonNode value) {
        return textOf(value, "\"studentFiles\" must hold strings");
    }

    private static String textOf(JsonNode value, String problem) {
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(problem);
        }
        return value.asText();
    }
}
