package org.dynamodbworkshop.testkit;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * Judges the pauses before retries the same way in every lesson: they must grow, as with exponential backoff,
 * jitter allowed. Deterministic for any backoff whose n-th pause lies between half and all of {@code base * 2^n}
 * (the SDK's {@code exponentialDelayHalfJitter}), and for pauses that grow by a constant step: the last two pauses
 * together last at least {@value #GROWTH} times the first two. A constant pause fails, however long.
 */
public final class Retries {

    static final double GROWTH = 1.5;
    private static final int LEAST_RETRIES = 4;

    private Retries() {
    }

    /**
     * Fails unless the pauses after the responses that {@code retried} matches (those that left work to retry) grow.
     *
     * @param what the retries, for the learner: "BatchWriteItem retries of unprocessed books"
     */
    public static void assertPausesGrow(RequestLog log, Predicate<RecordedRequest> retried, String what) {
        List<Duration> pauses = log.pausesAfter(retried);
        if (pauses.size() < LEAST_RETRIES) {
            throw new AssertionError("Expected at least " + LEAST_RETRIES + " " + what + ", one after each response"
                    + " that left work undone, but found " + pauses.size() + ".\n" + log.describe());
        }
        long first = pauses.get(0).toMillis() + pauses.get(1).toMillis();
        long last = pauses.get(pauses.size() - 2).toMillis() + pauses.get(pauses.size() - 1).toMillis();
        if (last < GROWTH * first) {
            throw new AssertionError("The pauses before your " + what + " do not grow: "
                    + pauses.stream().map(pause -> pause.toMillis() + " ms").toList() + ". The last two last "
                    + last + " ms, where at least " + GROWTH + " times the first two (" + first + " ms) is due."
                    + " Back off exponentially (double the pause each time, jitter allowed), so that a busy"
                    + " table gets time to recover.");
        }
    }
}
