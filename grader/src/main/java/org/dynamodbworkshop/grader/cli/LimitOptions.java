package org.dynamodbworkshop.grader.cli;

import java.time.Duration;
import org.dynamodbworkshop.grader.engine.Limits;
import picocli.CommandLine.Option;

/** The grading limits, as options shared by the grading commands. */
final class LimitOptions {

    @Option(names = "--test-timeout", paramLabel = "SECONDS", description = "Most seconds one test may take (default: ${DEFAULT-VALUE}).")
    long testTimeout = Limits.DEFAULTS.testTimeout().toSeconds();

    @Option(names = "--lesson-timeout", paramLabel = "SECONDS", description = "Most seconds one lesson may take (default: ${DEFAULT-VALUE}).")
    long lessonTimeout = Limits.DEFAULTS.lessonTimeout().toSeconds();

    @Option(names = "--max-heap", paramLabel = "SIZE", description = "Heap limit of each test JVM, as for -Xmx, or auto: half the memory shared by the test JVMs, 256m to 768m (default: ${DEFAULT-VALUE}).")
    String maxHeap = Limits.DEFAULTS.maxHeap();

    Limits limits() {
        return new Limits(Duration.ofSeconds(testTimeout), Duration.ofSeconds(lessonTimeout), maxHeap);
    }
}
