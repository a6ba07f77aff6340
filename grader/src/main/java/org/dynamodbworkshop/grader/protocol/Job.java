package org.dynamodbworkshop.grader.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of a lesson's tests that the grader asks of a test JVM: the command-line argument of a fresh JVM, or one
 * line on a warm worker's standard input. Coded with jackson-core only, which is all a test JVM has of Jackson.
 *
 * @param events the file the run appends its events to
 * @param testClasses the folder of the lesson's compiled tests, where JUnit looks for them
 * @param lessonClasspath the student's classes, the lesson's given code and its tests
 * @param courseLibraries the course's own libraries, which a warm worker loads afresh with each lesson
 * @param skipped ids of tests not to run again (already graded, or hung in an earlier run)
 * @param testTimeoutSeconds the most one test may take
 * @param studentClasses the names of the student's classes, whose stub exceptions mean "not attempted"
 */
public record Job(Path events, Path testClasses, List<Path> lessonClasspath, List<Path> courseLibraries,
                  Set<String> skipped, long testTimeoutSeconds, Set<String> studentClasses) {

    private static final JsonFactory JSON = new JsonFactory();

    public String encode() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("events", events.toString());
            json.writeStringField("testClasses", testClasses.toString());
            writeArray(json, "lessonClasspath", lessonClasspath.stream().map(Path::toString).toList());
            writeArray(json, "courseLibraries", courseLibraries.stream().map(Path::toString).toList());
            writeArray(json, "skipped", skipped.stream().sorted().toList());
            json.writeNumberField("testTimeoutSeconds", testTimeoutSeconds);
            writeArray(json, "studentClasses", studentClasses.stream().sorted().toList());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The job a line holds.
     *
     * @throws IllegalArgumentException if the line is no job
     */
    public static Job decode(String line) {
        Map<String, Object> fields = new HashMap<>();
        try (JsonParser json = JSON.createParser(line)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a job is a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                fields.put(name, json.nextToken() == JsonToken.START_ARRAY ? strings(json) : json.getValueAsString());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a job: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Job(Path.of(text(fields, "events")), Path.of(text(fields, "testClasses")),
                paths(fields, "lessonClasspath"), paths(fields, "courseLibraries"), Set.copyOf(list(fields, "skipped")),
                Long.parseLong(text(fields, "testTimeoutSeconds")), Set.copyOf(list(fields, "studentClasses")));
    }

    private static void writeArray(JsonGenerator json, String name, Collection<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static List<String> strings(JsonParser json) throws IOException {
        List<String> values = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            values.add(json.getValueAsString());
        }
        return values;
    }

    private static String text(Map<String, Object> fields, String name) {
        if (!(fields.get(name) instanceof String value)) {
            throw new IllegalArgumentException("a job's \"" + name + "\" is missing");
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> fields, String name) {
        if (!(fields.get(name) instanceof List<?> values)) {
            throw new IllegalArgumentException("a job's \"" + name + "\" is missing");
        }
        return (List<String>) values;
    }

    private static List<Path> paths(Map<String, Object> fields, String name) {
        return list(fields, name).stream().map(Path::of).toList();
    }
}
