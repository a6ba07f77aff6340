package org.dynamodbworkshop.grader.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.testkit.LessonManifest;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/** What the forked test JVMs of one lesson have reported so far, accumulated across restarts. */
public final class ForkEvents {

    private final Map<String, TestRecord> tests = new LinkedHashMap<>();
    private String running;
    private boolean ended;

    /** Reads one fork's results file from the start; call it again as the file grows. */
    void read(Path results) {
        try {
            read(Files.exists(results) ? Files.readAllLines(results, StandardCharsets.UTF_8) : List.<String>of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one run's event lines from the start. */
    void read(List<String> lines) {
        running = null;
        ended = false;
        lines.forEach(this::readLine);
    }

    /** Reads the next event line of a run, as the run writes it. */
    public void readLine(String line) {
        if (line.endsWith("}")) {
            apply(JsonNode.parser().parse(line).asObject());
        }
    }

    private void apply(Map<String, JsonNode> event) {
        String type = event.get("event").asString();
        switch (type) {
            case "discovered" -> tests.putIfAbsent(id(event), record(event));
            case "started" -> running = id(event);
            case "finished" -> {
                tests.put(id(event), record(event).finish(Outcome.fromId(event.get("outcome").asString()),
                        event.get("message").asString()));
                running = null;
            }
            case "end" -> ended = true;
            default -> throw new IllegalStateException("Unknown event " + type);
        }
    }

    /** Marks the test that was running when its JVM stopped. */
    void markRunning(Outcome outcome, String message) {
        if (running != null) {
            tests.computeIfPresent(running, (id, test) -> test.finish(outcome, message));
            running = null;
        }
    }

    /** Marks every test that never finished, when grading stops before they ran. */
    void markUnfinished(Outcome outcome, String message) {
        tests.replaceAll((id, test) -> test.outcome() == null ? test.finish(outcome, message) : test);
    }

    boolean ended() {
        return ended;
    }

    String running() {
        return running;
    }

    boolean anyTimedOut(Set<String> alreadyHandled) {
        return tests.values().stream().anyMatch(test -> test.outcome() == Outcome.TIMED_OUT
                && !alreadyHandled.contains(test.id()));
    }

    Set<String> finishedIds() {
        return tests.values().stream().filter(test -> test.outcome() != null).map(TestRecord::id)
                .collect(Collectors.toSet());
    }

    public List<TestRecord> tests() {
        return List.copyOf(tests.values());
    }

    private static String id(Map<String, JsonNode> event) {
        return event.get("id").asString();
    }

    private static TestRecord record(Map<String, JsonNode> event) {
        Set<String> tags = event.get("tags").asArray().stream().map(JsonNode::asString).collect(Collectors.toSet());
        return new TestRecord(id(event), event.get("name").asString(), tags, null, "");
    }

    /**
     * One test as the forks reported it.
     *
     * @param id JUnit's unique id
     * @param name the display name
     * @param tags its tags, among them its exercise id
     * @param outcome how it ended, or {@code null} while it has not
     * @param message the failure message
     */
    public record TestRecord(String id, String name, Set<String> tags, Outcome outcome, String message) {

        TestRecord finish(Outcome result, String text) {
            return new TestRecord(id, name, tags, result, text);
        }

        /** Whether it tests that exercise: its one exercise tag names it. */
        public boolean belongsTo(String exerciseId) {
            return LessonManifest.exerciseIdAmong(tags).filter(exerciseId::equals).isPresent();
        }
    }
}
