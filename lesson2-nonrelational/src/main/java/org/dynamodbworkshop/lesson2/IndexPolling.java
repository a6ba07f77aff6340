package org.dynamodbworkshop.lesson2;

import java.time.Duration;

/**
 * How long to wait for a new index (exercise 2.5): at most {@code maxPolls} DescribeTable requests, with
 * {@code pause} between two of them.
 *
 * @param maxPolls the most DescribeTable requests to make before giving up
 * @param pause how long to wait between two DescribeTable requests
 */
public record IndexPolling(int maxPolls, Duration pause) {

    /** For AWS, where filling an index takes minutes: every 5 seconds, for up to 10 minutes. */
    public static final IndexPolling STANDARD = new IndexPolling(120, Duration.ofSeconds(5));

    public IndexPolling {
        if (maxPolls < 1) {
            throw new IllegalArgumentException("maxPolls must be at least 1, not " + maxPolls);
        }
        if (pause == null || pause.isNegative()) {
            throw new IllegalArgumentException("pause must be zero or more, not " + pause);
        }
    }
}
