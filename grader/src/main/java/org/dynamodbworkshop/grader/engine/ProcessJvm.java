package org.dynamodbworkshop.grader.engine;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A test JVM as a process of this machine, whose output is drained as it comes. */
abstract class ProcessJvm implements TestJvm {

    protected final Process process;
    private final OutputTail output;

    ProcessJvm(Process process) {
        this.process = process;
        this.output = OutputTail.of(process.getInputStream());
    }

    @Override
    public boolean awaitExit(Duration time) throws InterruptedException {
        return process.waitFor(time.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public OutputTail output() {
        return output;
    }

    @Override
    public int exitValue() {
        return process.exitValue();
    }
}
