package org.dynamodbworkshop.grader.engine;

import java.time.Duration;
import org.dynamodbworkshop.grader.protocol.Event.End;

/** A JVM running one run of a lesson's tests: a JVM of its own, or a warm worker of a pool. */
interface TestJvm {

    /** Waits up to {@code time} for the JVM to exit, and tells whether it has. */
    boolean awaitExit(Duration time) throws InterruptedException;

    /** What the JVM printed during this run, as far as it was kept. */
    OutputTail output();

    int exitValue();

    /** The run ended with {@code end}: the JVM exits, or serves another run. */
    void ended(End end);

    /** Stops the JVM at once, whatever it is doing: it serves no other run. */
    void stop();
}
