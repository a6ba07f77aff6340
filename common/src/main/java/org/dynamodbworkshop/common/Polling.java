package org.dynamodbworkshop.common;

import java.time.Duration;

/**
 * How to wait for a table or an index to change state (creating, adding an index, deleting): at most
 * {@code maxPolls} DescribeTable requests, with {@code pause} between two of them, then give up with an exception.
 *
 * @param maxPolls the most DescribeTable requests to make before giving up
 * @param pause how long to wait between two DescribeTable requests
 */
public record Polling(int maxPolls, Duration pause) {

    /** For AWS, where a table takes seconds and filling an index minutes: every 5 seconds, for up to 10 minutes. */
    public static final Polling STANDARD = new Polling(120, Duration.ofSeconds(5));

    /** For DynamoDB Local, which changes state in about a second at most: every 10 ms, for up to 15 seconds. */
    public static final Polling LOCAL = new Polling(1_500, Duration.ofMillis(10));

    public Polling {
        if (maxPolls < 1) {
            throw new IllegalArgumentException("maxPolls must be at least 1, not " + maxPolls);
        }
        if (pause == null || pause.isNegative()) {
            throw new IllegalArgumentException("pause must be zero or more, not " + pause);
        }
    }
}
