package org.dynamodbworkshop.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

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
            JsonNode root = JsonNode.parser().parse(json);
            Map<String, JsonNode> fields = root.asObject();
            return new LessonManifest(
                    text(fields, "id"),
                    text(fields, "title"),
                    fields.get("studentFiles").asArray().stream().map(JsonNode::asString).toList(),
                    fields.get("exercises").asArray().stream().map(LessonManifest::exercise).toList());
        } catch (RuntimeException e) {
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
        Map<String, JsonNode> fields = node.asObject();
        return new Exercise(text(fields, "id"), text(fields, "title"), Integer.parseInt(fields.get("points").asNumber()));
    }

    private static String text(Map<String, JsonNode> fields, String name) {
        JsonNode value = fields.get(name);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("\"" + name + "\" must be a string");
        }
        return value.asString();
    }
}
