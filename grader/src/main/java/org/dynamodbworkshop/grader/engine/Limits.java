package org.dynamodbworkshop.grader.engine;

import java.time.Duration;

/**
 * What one lesson's grading may take.
 *
 * @param testTimeout the most one test may take before it counts as timed out
 * @param lessonTimeout the most a whole lesson may take, restarts included
 * @param maxHeap the test JVM's heap limit, as for {@code -Xmx}
 */
public record Limits(Duration testTimeout, Duration lessonTimeout, String maxHeap) {

    public static final Limits DEFAULTS = new Limits(Duration.ofSeconds(20), Duration.ofMinutes(5), "768m");
}
