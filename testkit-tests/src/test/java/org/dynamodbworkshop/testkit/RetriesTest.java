package org.dynamodbworkshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;

/** The verdict on retry pauses, on requests with made-up times in milliseconds. */
@DisplayName("Retries")
class RetriesTest {

    private static final long MILLIS = 1_000_000;

    private final TableNames names = new TableNames("");
    private final String music = names.physicalName("Music");

    @Test
    @DisplayName("pauses that double pass, and pausesAfter lists each of them")
    void doublingPasses() {
        RequestLog log = retriesPausing(25, 50, 100, 200);

        assertThat(log.pausesAfter(request -> true)).containsExactly(Duration.ofMillis(25), Duration.ofMillis(50),
                Duration.ofMillis(100), Duration.ofMillis(200));
        assertThatCode(() -> Retries.assertPausesGrow(log, request -> true, "retries")).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "the lowest draws of half jitter, seed {0}, pass")
    @ValueSource(ints = {0, 1, 2})
    @DisplayName("pauses drawn with half jitter pass however they fall")
    void halfJitterPasses(int seed) {
        Random random = new Random(seed);
        long[] pauses = new long[4];
        for (int n = 0; n < pauses.length; n++) {
            long ceiling = 25L << n;
            pauses[n] = ceiling / 2 + (long) (random.nextDouble() * ceiling / 2);
        }
        // The worst case of half jitter: the last two as short, the first two as long as they may be.
        RequestLog worst = retriesPausing(25, 50, 50, 100);

        assertThatCode(() -> Retries.assertPausesGrow(retriesPausing(pauses), request -> true, "retries"))
                .doesNotThrowAnyException();
        assertThatCode(() -> Retries.assertPausesGrow(worst, request -> true, "retries")).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a constant pause fails, with the pauses in the message")
    void constantPauseFails() {
        Throwable failure = catchThrowable(() -> Retries.assertPausesGrow(retriesPausing(100, 100, 100, 100),
                request -> true, "BatchWriteItem retries"));

        assertThat(failure).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("The pauses before your BatchWriteItem retries do not grow: [100 ms, 100 ms,"
                        + " 100 ms, 100 ms].");
    }

    @Test
    @DisplayName("fewer retries than the test caused fail: the code gave up and dropped the rest")
    void tooFewRetriesFail() {
        Throwable failure = catchThrowable(() -> Retries.assertPausesGrow(retriesPausing(25, 50),
                request -> true, "retries"));

        assertThat(failure).isInstanceOf(AssertionError.class).hasMessageStartingWith("Expected at least 4 retries");
    }

    private RequestLog retriesPausing(long... pausesMillis) {
        List<RecordedRequest> requests = new ArrayList<>();
        long time = 0;
        for (long pause : pausesMillis) {
            requests.add(describe(time, time + MILLIS));
            time += MILLIS + pause * MILLIS;
        }
        requests.add(describe(time, time + MILLIS));
        return new RequestLog(requests);
    }

    private RecordedRequest describe(long sent, long answered) {
        return Requests.answered(DescribeTableRequest.builder().tableName(music).build(), names,
                DescribeTableResponse.builder().build(), sent, answered);
    }
}
