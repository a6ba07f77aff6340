package org.dynamodbworkshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;

/** The log's arithmetic, on requests with made-up times in nanoseconds. */
@DisplayName("RequestLog")
class RequestLogTest {

    private final TableNames names = new TableNames("");
    private final String music = names.physicalName("Music");

    @Test
    @DisplayName("pausedAfter adds up the gaps between each matching response and the next request")
    void pausedAfterAddsGapsAfterMatchingResponses() {
        RequestLog log = Requests.log(
                update(0, 10),
                describe(50, 60),      // 40 after the UpdateTable
                describe(100, 110),    // 40 after a DescribeTable
                describe(300, 310),    // 190 after a DescribeTable
                get(400, 410));        // 90 after a DescribeTable

        assertThat(log.pausedAfter(RequestPattern.describeTable("Music").matcher())).isEqualTo(Duration.ofNanos(320));
        assertThat(log.pausedAfter(RequestPattern.updateTable("Music").matcher())).isEqualTo(Duration.ofNanos(40));
        assertThat(log.pausedAfter(request -> true)).isEqualTo(Duration.ofNanos(360));
    }

    @Test
    @DisplayName("pausedAfter counts nothing after the last request, nor after a request that failed")
    void pausedAfterSkipsLastAndFailed() {
        RequestLog log = Requests.log(
                Requests.sent(DescribeTableRequest.builder().tableName(music).build(), names),
                describe(500, 510));

        assertThat(log.pausedAfter(request -> true)).isZero();
    }

    @Test
    @DisplayName("pausedAfter counts no negative pause when requests overlap, as parallel ones do")
    void pausedAfterIgnoresOverlap() {
        RequestLog log = Requests.log(describe(0, 100), describe(50, 150), describe(170, 180));

        assertThat(log.pausedAfter(request -> true)).isEqualTo(Duration.ofNanos(20));
    }

    @Test
    @DisplayName("matching keeps the requests of a pattern, in order")
    void matchingKeepsOrder() {
        RecordedRequest first = describe(0, 1);
        RecordedRequest second = describe(5, 6);
        RequestLog log = Requests.log(first, update(2, 3), second);

        assertThat(log.matching(RequestPattern.describeTable("Music"))).containsExactly(first, second);
        assertThat(log.matching(RequestPattern.describeTable("Books"))).isEmpty();
    }

    @Test
    @DisplayName("describe numbers the requests one per line, and says so when there is none")
    void describeNumbersRequests() {
        RequestLog log = Requests.log(update(0, 1), describe(2, 3), get(4, 5));

        assertThat(log.describe()).isEqualTo(
                "    1. UpdateTable on Music\n    2. DescribeTable on Music\n    3. GetItem on Music");
        assertThat(Requests.log().describe()).isEqualTo("    (no requests at all)");
    }

    private RecordedRequest update(long sent, long answered) {
        return Requests.answered(UpdateTableRequest.builder().tableName(music).build(), names,
                UpdateTableResponse.builder().build(), sent, answered);
    }

    private RecordedRequest describe(long sent, long answered) {
        return Requests.answered(DescribeTableRequest.builder().tableName(music).build(), names,
                DescribeTableResponse.builder().build(), sent, answered);
    }

    private RecordedRequest get(long sent, long answered) {
        return Requests.answered(GetItemRequest.builder().tableName(music).build(), names,
                GetItemResponse.builder().build(), sent, answered);
    }
}
