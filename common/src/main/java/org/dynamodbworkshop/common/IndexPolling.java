package org.dynamodbworkshop.common;

import java.time.Duration;

/**
 * How long to wait for a new index (exercises 2.5 and 4.7): at most {@code maxPolls} DescribeTable requests, with
 * {@code pause} between two of them.
 *
 * @param maxPolls the most DescribeTable requests to make before giving up
 * @param pause how long to wait between two DescribeTable requests
 */
public record IndexPolling(int maxPolls, Duration pause) {

    /** For AWS, where filling an index takes minutes: every 5 seconds, for up to 10 minutes. */
    public static final IndexPolling STANDARD = new IndexPolling(120, Duration.ofSeconds(5));

    /** For DynamoDB Local, which fills a small index in about a second: every 10 ms, for up to 15 seconds. */
    public static final IndexPolling LOCAL = new IndexPolling(1_500, Duration.ofMillis(10));

    public IndexPolling {
        if (maxPolls < 1) {
            throw new IllegalArgumentException("maxPolls must be at least 1, not " + maxPolls);
        }
        if (pause == null || pause.isNegative()) {
            throw new IllegalArgumentException("pause must be zero or more, not " + pause);
        }
    }
}
