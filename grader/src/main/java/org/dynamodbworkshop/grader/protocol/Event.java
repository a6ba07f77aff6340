package org.dynamodbworkshop.grader.protocol;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.testkit.Usage;

/**
 * What a test run reports to the grader, one event per line (see {@link EventCodec}): every test it found, then for
 * each test its start and its end, then the run's end. A run that stops without {@link End} was cut short.
 */
public sealed interface Event {

    /**
     * A test as JUnit describes it.
     *
     * @param id JUnit's unique id
     * @param className the test class
     * @param name the display name
     * @param tags its tags, among them its exercise id
     */
    record TestDescription(String id, String className, String name, Set<String> tags) {
    }

    /** A test the run will execute, reported before any test starts. */
    record Discovered(TestDescription test) implements Event {
    }

    /** A test started: if the run stops now, this test is the one that stopped it. */
    record Started(String id) implements Event {
    }

    /**
     * A test ended, with the learner's message for any outcome but passed, and what the code under test read and
     * wrote if the test measured it: the test kit's {@code Usage} as JSON, which a test JVM passes on unread (its
     * runner may not see the test kit's classes), or empty.
     */
    record Finished(TestDescription test, Outcome outcome, String message, String usage) implements Event {

        public Finished(TestDescription test, Outcome outcome, String message) {
            this(test, outcome, message, "");
        }

        /** What the code under test read and wrote, if the test measured it. */
        public Optional<Usage> measured() {
            return usage.isEmpty() ? Optional.empty() : Optional.of(Usage.fromJson(usage));
        }
    }

    /**
     * Every test ran. A warm worker says besides what the run had changed in its JVM and it put back, and whether it
     * stops now.
     *
     * @param restored what the run left changed and the worker restored, e.g. "system property user.timezone"
     * @param retiring why the worker stops after this run; empty when it serves more runs, and from a fresh JVM
     */
    record End(List<String> restored, String retiring) implements Event {

        /** The end of a run in a JVM of its own, which restores nothing and simply exits. */
        public static End ofRun() {
            return new End(List.of(), "");
        }
    }

    /** A line that is no event of this protocol: the run that wrote it cannot be trusted further. */
    record Malformed(String line, String problem) implements Event {
    }
}
