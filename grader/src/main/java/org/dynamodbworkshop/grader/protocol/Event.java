package org.dynamodbworkshop.grader.protocol;

import java.util.List;
import java.util.Set;
import org.dynamodbworkshop.grader.model.Outcome;

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

    /** A test ended, with the learner's message for any outcome but passed. */
    record Finished(TestDescription test, Outcome outcome, String message) implements Event {
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
