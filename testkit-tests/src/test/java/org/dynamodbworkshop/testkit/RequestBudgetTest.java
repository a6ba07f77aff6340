package org.dynamodbworkshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dynamodbworkshop.testkit.RequestPattern.batchWriteItem;
import static org.dynamodbworkshop.testkit.RequestPattern.describeTable;
import static org.dynamodbworkshop.testkit.RequestPattern.query;
import static org.dynamodbworkshop.testkit.RequestPattern.scan;
import static org.dynamodbworkshop.testkit.RequestPattern.updateTable;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

@DisplayName("RequestBudget")
class RequestBudgetTest {

    private static final String INDEX = "AlbumTitle-index";
    /** A failure's first line names its first problem after these words. */
    private static final String FIRST_LINE = "Your requests do not fit this exercise: ";

    /** Unique names, as a test's tables have: the messages must show "Music", never these. */
    private final TableNames names = new TableNames("workshop-run1-");
    private final String music = names.physicalName("Music");

    @Test
    @DisplayName("exactly(n) holds for n matching requests and nothing else")
    void exactlyHoldsForThatMany() {
        RequestLog log = Requests.log(queryOnIndex(), queryOnIndex());

        assertThatCode(() -> RequestBudget.exactly(2, query("Music").onIndex(INDEX)).assertMetBy(log))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("exactly(n) fails for one request more, and the message lists what the code sent")
    void exactlyFailsForOneMore() {
        RequestLog log = Requests.log(queryOnIndex(), queryOnIndex());

        AssertionError failure = failureOf(RequestBudget.exactly(1, query("Music").onIndex(INDEX)), log);

        assertThat(failure).hasMessage("""
                Your requests do not fit this exercise: expected exactly 1 Query on Music \
                (index AlbumTitle-index), but found 2.
                  Expected: exactly 1 Query on Music (index AlbumTitle-index); nothing else.
                  Your code made 2 request(s):
                    1 to 2. Query on Music (index AlbumTitle-index) (2 requests)""");
    }

    @Test
    @DisplayName("exactly(n) fails for one request fewer")
    void exactlyFailsForOneFewer() {
        AssertionError failure = failureOf(RequestBudget.exactly(1, query("Music")), Requests.log());

        assertThat(failure.getMessage())
                .startsWith(FIRST_LINE + "expected exactly 1 Query on Music, but found 0.\n")
                .endsWith("Your code made 0 request(s):\n    (no requests at all)");
    }

    @Test
    @DisplayName("a request the budget does not name fails it, even when every counted request is there")
    void unlistedRequestFails() {
        RequestLog log = Requests.log(queryOnIndex(), Requests.sent(ScanRequest.builder().tableName(music).build(), names));

        AssertionError failure = failureOf(RequestBudget.exactly(1, query("Music").onIndex(INDEX)), log);

        assertThat(failure.getMessage())
                .startsWith(FIRST_LINE + "Scan on Music is not part of the budget.\n")
                .endsWith("    2. Scan on Music");
    }

    @Test
    @DisplayName("a Query on the table does not count as a Query on its index")
    void tableQueryIsNotIndexQuery() {
        RequestLog log = Requests.log(Requests.sent(QueryRequest.builder().tableName(music).build(), names));

        AssertionError failure = failureOf(RequestBudget.exactly(1, query("Music").onIndex(INDEX)), log);

        assertThat(failure.getMessage())
                .startsWith(FIRST_LINE + "Query on Music is not part of the budget.\n")
                .endsWith("Also: expected exactly 1 Query on Music (index AlbumTitle-index), but found 0.");
    }

    @Test
    @DisplayName("the same unexpected request sent many times is named once among the problems")
    void repeatedUnlistedRequestNamedOnce() {
        RecordedRequest scanned = Requests.sent(ScanRequest.builder().tableName(music).build(), names);
        RequestLog log = Requests.log(scanned, scanned, scanned);

        AssertionError failure = failureOf(RequestBudget.exactly(1, query("Music")), log);

        assertThat(failure.getMessage())
                .startsWith(FIRST_LINE + "Scan on Music is not part of the budget.\n")
                .contains("    1 to 3. Scan on Music (3 requests)")
                .endsWith("Also: expected exactly 1 Query on Music, but found 0.");
        assertThat(failure.getMessage().split("not part of the budget", -1)).as("named once").hasSize(2);
    }

    @Test
    @DisplayName("atLeast(n) holds for n requests and for more")
    void atLeastHoldsForMore() {
        RequestBudget budget = RequestBudget.atLeast(2, scan("Music"));
        RecordedRequest scanned = Requests.sent(ScanRequest.builder().tableName(music).build(), names);

        assertThatCode(() -> budget.assertMetBy(Requests.log(scanned, scanned))).doesNotThrowAnyException();
        assertThatCode(() -> budget.assertMetBy(Requests.log(scanned, scanned, scanned))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("atLeast(n) fails for fewer, saying so")
    void atLeastFailsForFewer() {
        RecordedRequest scanned = Requests.sent(ScanRequest.builder().tableName(music).build(), names);

        AssertionError failure = failureOf(RequestBudget.atLeast(2, scan("Music")), Requests.log(scanned));

        assertThat(failure.getMessage())
                .startsWith(FIRST_LINE + "expected at least 2 Scan on Music, but found 1.\n")
                .contains("Expected: at least 2 Scan on Music; nothing else.");
    }

    @Test
    @DisplayName("andAny allows none and many of its requests, besides the counted ones")
    void andAnyAllowsNoneAndMany() {
        RequestBudget budget = RequestBudget.exactly(1, updateTable("Music")).andAny(describeTable("Music"));
        RecordedRequest update = Requests.sent(UpdateTableRequest.builder().tableName(music).build(), names);
        RecordedRequest describe = Requests.sent(DescribeTableRequest.builder().tableName(music).build(), names);

        assertThatCode(() -> budget.assertMetBy(Requests.log(update))).doesNotThrowAnyException();
        assertThatCode(() -> budget.assertMetBy(Requests.log(update, describe, describe, describe)))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a budget of several rules lists them all as expected, and every rule that is not met")
    void severalRulesAllChecked() {
        RequestBudget budget = RequestBudget.exactly(1, updateTable("Music"))
                .andAtLeast(3, describeTable("Music"))
                .andAny(scan("Music"));
        RecordedRequest describe = Requests.sent(DescribeTableRequest.builder().tableName(music).build(), names);

        AssertionError failure = failureOf(budget, Requests.log(describe));

        assertThat(failure.getMessage())
                .startsWith(FIRST_LINE + "expected exactly 1 UpdateTable on Music, but found 0.\n")
                .contains("Expected: exactly 1 UpdateTable on Music; at least 3 DescribeTable on Music;"
                        + " any number of Scan on Music;")
                .endsWith("Also: expected at least 3 DescribeTable on Music, but found 1.");
    }

    @Test
    @DisplayName("exactly(0) forbids the request")
    void exactlyZeroForbids() {
        RecordedRequest scanned = Requests.sent(ScanRequest.builder().tableName(music).build(), names);

        AssertionError failure = failureOf(RequestBudget.exactly(0, scan("Music")), Requests.log(scanned));

        assertThat(failure.getMessage()).startsWith(FIRST_LINE + "expected exactly 0 Scan on Music, but found 1.\n");
    }

    @Test
    @DisplayName("the advice is the failure message's last line, and a budget that holds says nothing")
    void adviceEndsTheMessage() {
        RequestBudget budget = RequestBudget.exactly(1, query("Music").onIndex(INDEX))
                .orElseAdvise("Query the AlbumTitle index instead of scanning the table.");
        RecordedRequest scanned = Requests.sent(ScanRequest.builder().tableName(music).build(), names);

        AssertionError failure = failureOf(budget, Requests.log(scanned));

        assertThat(failure.getMessage())
                .startsWith(FIRST_LINE + "Scan on Music is not part of the budget.\n")
                .endsWith("Also: expected exactly 1 Query on Music (index AlbumTitle-index), but found 0.\n"
                        + "  Query the AlbumTitle index instead of scanning the table.");
        assertThatCode(() -> budget.assertMetBy(Requests.log(queryOnIndex()))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("the advice stays when rules are added after it")
    void adviceSurvivesMoreRules() {
        RequestBudget budget = RequestBudget.exactly(1, updateTable("Music"))
                .orElseAdvise("Poll DescribeTable.")
                .andAtLeast(1, describeTable("Music"));

        AssertionError failure = failureOf(budget, Requests.log());

        assertThat(failure.getMessage())
                .contains("at least 1 DescribeTable on Music")
                .endsWith("\n  Poll DescribeTable.");
    }

    @Test
    @DisplayName("adding a rule or advice leaves the budget it is called on unchanged")
    void budgetsAreImmutable() {
        RequestBudget oneQuery = RequestBudget.exactly(1, query("Music"));
        oneQuery.andExactly(1, scan("Music"));
        oneQuery.orElseAdvise("Never shown.");
        RecordedRequest queried = Requests.sent(QueryRequest.builder().tableName(music).build(), names);
        RecordedRequest scanned = Requests.sent(ScanRequest.builder().tableName(music).build(), names);

        AssertionError failure = failureOf(oneQuery, Requests.log(queried, scanned));

        assertThat(failure.getMessage())
                .startsWith(FIRST_LINE + "Scan on Music is not part of the budget.\n")
                .contains("Expected: exactly 1 Query on Music; nothing else.")
                .doesNotContain("Never shown.");
    }

    @Test
    @DisplayName("the message shows the learner's table names, never the unique names the test kit gave the tables")
    void messageUsesLearnersTableNames() {
        String books = names.physicalName("Books");
        RecordedRequest batch = Requests.sent(BatchWriteItemRequest.builder()
                .requestItems(Map.of(music, List.of(MusicTable.put("Song 01"), MusicTable.put("Song 02")),
                        books, List.of(MusicTable.put("Song 03"))))
                .build(), names);

        AssertionError failure = failureOf(RequestBudget.exactly(2, batchWriteItem("Music")), Requests.log(batch));

        assertThat(failure.getMessage())
                .contains("    1. BatchWriteItem on Books, Music (3 items)")
                .doesNotContain(music, books, "workshop-run1-");
    }

    @Test
    @DisplayName("RequestLog.assertWithin checks the budget as assertMetBy does")
    void assertWithinIsAssertMetBy() {
        RequestBudget budget = RequestBudget.exactly(1, query("Music").onIndex(INDEX));

        assertThatCode(() -> Requests.log(queryOnIndex()).assertWithin(budget)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(AssertionError.class, () -> Requests.log().assertWithin(budget)))
                .hasMessage(failureOf(budget, Requests.log()).getMessage());
    }

    private RecordedRequest queryOnIndex() {
        return Requests.sent(QueryRequest.builder().tableName(music).indexName(INDEX).build(), names);
    }

    private static AssertionError failureOf(RequestBudget budget, RequestLog log) {
        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> budget.assertMetBy(log));
        assertThat(failure).as("the failure of a budget that the requests do not meet").isNotNull();
        return failure;
    }
}
