package org.dynamodbworkshop.grader.engine;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * What one lesson's grading may take.
 *
 * @param testTimeout the most one test may take before it counts as timed out
 * @param lessonTimeout the most a whole lesson may take, restarts included
 * @param maxHeap each test JVM's heap limit, as for {@code -Xmx}, or {@value #AUTO} for a share of the memory
 */
public record Limits(Duration testTimeout, Duration lessonTimeout, String maxHeap) {

    public static final String AUTO = "auto";
    public static final Limits DEFAULTS = new Limits(Duration.ofSeconds(20), Duration.ofMinutes(5), AUTO);

    private static final long MB = 1024 * 1024;
    /** Enough for every lesson's tests with room to spare; more only slows the collector's work. */
    private static final long LARGEST_HEAP_MB = 768;
    /** Below this DynamoDB Local and the SDK no longer fit beside the tests. */
    private static final long SMALLEST_HEAP_MB = 256;

    /**
     * The heap of each of {@code testJvms} JVMs running at once: as given, or for {@value #AUTO} half of this
     * machine's (or container's) memory shared between them, within 256 and 768 MB.
     */
    public String maxHeap(int testJvms) {
        if (!maxHeap.equals(AUTO)) {
            return maxHeap;
        }
        long memory = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getTotalMemorySize();
        long share = memory / 2 / Math.max(1, testJvms) / MB;
        return Math.max(SMALLEST_HEAP_MB, Math.min(LARGEST_HEAP_MB, share)) + "m";
    }
}
