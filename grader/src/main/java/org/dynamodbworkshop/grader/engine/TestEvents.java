package org.dynamodbworkshop.grader.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.protocol.Event;
import org.dynamodbworkshop.grader.protocol.Event.Discovered;
import org.dynamodbworkshop.grader.protocol.Event.End;
import org.dynamodbworkshop.grader.protocol.Event.Finished;
import org.dynamodbworkshop.grader.protocol.Event.Malformed;
import org.dynamodbworkshop.grader.protocol.Event.Started;
import org.dynamodbworkshop.grader.protocol.Event.TestDescription;
import org.dynamodbworkshop.testkit.LessonManifest;
import org.dynamodbworkshop.testkit.Usage;

/** What the test runs of one lesson have reported so far, accumulated across the runs that restart past a crash. */
public final class TestEvents {

    private final Map<String, TestRecord> tests = new LinkedHashMap<>();
    private String running;
    private End end;
    private Malformed malformed;

    /** A new run starts: nothing of it is running yet, and it has not ended. */
    public void startRun() {
        running = null;
        end = null;
    }

    public void apply(Event event) {
        if (event instanceof Discovered discovered) {
            tests.putIfAbsent(discovered.test().id(), TestRecord.of(discovered.test()));
        } else if (event instanceof Started started) {
            running = started.id();
        } else if (event instanceof Finished finished) {
            tests.put(finished.test().id(), TestRecord.of(finished.test())
                    .finish(finished.outcome(), finished.message()).measured(finished.measured()));
            running = null;
        } else if (event instanceof End runEnd) {
            end = runEnd;
        } else if (event instanceof Malformed bad && malformed == null) {
            malformed = bad;
        }
    }

    /** Marks the test that was running when its run stopped. */
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
        return end != null;
    }

    /** How the current run ended, once it has. */
    End end() {
        return end;
    }

    String running() {
        return running;
    }

    /** The first line a run wrote that is no event, if any. */
    public Optional<Malformed> malformed() {
        return Optional.ofNullable(malformed);
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

    /**
     * One test as the runs reported it.
     *
     * @param id JUnit's unique id
     * @param name the display name
     * @param tags its tags, among them its exercise id
     * @param outcome how it ended, or {@code null} while it has not
     * @param message the failure message
     * @param usage what the code under test read and wrote, where the test measured it
     */
    public record TestRecord(String id, String name, Set<String> tags, Outcome outcome, String message,
                             Optional<Usage> usage) {

        static TestRecord of(TestDescription test) {
            return new TestRecord(test.id(), test.name(), test.tags(), null, "", Optional.empty());
        }

        TestRecord finish(Outcome result, String text) {
            return new TestRecord(id, name, tags, result, text, usage);
        }

        TestRecord measured(Optional<Usage> measuredUsage) {
            return new TestRecord(id, name, tags, outcome, message, measuredUsage);
        }

        /** Whether it tests that exercise: its one exercise tag names it. */
        public boolean belongsTo(String exerciseId) {
            return LessonManifest.exerciseIdAmong(tags).filter(exerciseId::equals).isPresent();
        }
    }
}
