package org.dynamodbworkshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.describeTable;

import java.time.Duration;
import java.util.Optional;

/**
 * Judges code that must wait for a table or an index to reach a state, the same way in every lesson: that it waits
 * until DescribeTable shows that state (not another), that it pauses between two polls, and that it gives up after
 * its number of polls. The code under test takes how to poll as its argument: {@link PollingCall}.
 *
 * <pre>{@code
 * Waiting.untilTableActive(dynamo, MusicFixture.TABLE)
 *         .waitsForIt("createTable", (maxPolls, pause) -> music.catalog().createTable(new Polling(maxPolls, pause)));
 * }</pre>
 *
 * <p>Call it before the test first uses {@link TestDynamoDb#client()}: it adds {@link TransientStates} to it.
 */
public final class Waiting {

    /** How many DescribeTable requests show the state before the one awaited. */
    static final int TRANSIENT_POLLS = 3;

    private static final int ENOUGH_POLLS = 1_000;
    private static final int FEW_POLLS = 4;
    private static final Duration LOCAL_PAUSE = Duration.ofMillis(15);
    private static final Duration AWS_PAUSE = Duration.ofSeconds(5);
    private static final int AWS_POLLS = 120;

    /** The code under test, given how to poll: at most {@code maxPolls} DescribeTables, {@code pause} apart. */
    @FunctionalInterface
    public interface PollingCall {
        void call(int maxPolls, Duration pause);
    }

    private final TestDynamoDb dynamo;
    private final String table;
    private final Optional<String> index;
    private final String state;
    private final String change;
    private final String advice;

    private Waiting(TestDynamoDb dynamo, String table, Optional<String> index, String state, String change,
                    String advice) {
        this.dynamo = dynamo;
        this.table = table;
        this.index = index;
        this.state = state;
        this.change = change;
        this.advice = advice;
    }

    /** For code that creates a table: it is CREATING, and unusable, until DescribeTable shows it ACTIVE. */
    public static Waiting untilTableActive(TestDynamoDb dynamo, String table) {
        return new Waiting(dynamo, table, Optional.empty(), "the table ACTIVE", "CreateTable",
                "A new table is CREATING at first: poll DescribeTable until it is ACTIVE, e.g. with"
                        + " dynamoDb.waiter() configured with the polling given (see the hint).");
    }

    /** For code that adds an index: it is CREATING, and cannot be queried, until DescribeTable shows it ACTIVE. */
    public static Waiting untilIndexActive(TestDynamoDb dynamo, String table, String index) {
        return new Waiting(dynamo, table, Optional.of(index), "the index ACTIVE", "UpdateTable",
                "A new index is CREATING while DynamoDB fills it, even once the table is ACTIVE again: poll"
                        + " DescribeTable until the index is ACTIVE. No waiter does that; waitUntilTableExists only"
                        + " checks the table.");
    }

    /** For code that deletes a table: it is DELETING until DescribeTable finds it gone. */
    public static Waiting untilTableGone(TestDynamoDb dynamo, String table) {
        return new Waiting(dynamo, table, Optional.empty(), "the table gone", "DeleteTable",
                "A deleted table is DELETING for a while: poll DescribeTable until it answers"
                        + " ResourceNotFoundException, e.g. with dynamoDb.waiter() configured with the polling given.");
    }

    /** The code returns only once a DescribeTable has shown it the state (the first few show the one before). */
    public void waitsForIt(String call, PollingCall code) {
        TransientStates states = install(TRANSIENT_POLLS);

        code.call(ENOUGH_POLLS, Duration.ofMillis(1));

        assertThat(reported(states))
                .as("whether a DescribeTable showed your code %s before %s returned (the first %d DescribeTable"
                        + " requests after the %s show the state before it). %s", state, call, TRANSIENT_POLLS,
                        change, advice)
                .isTrue();
        RequestBudget.exactly(1, RequestPattern.operation(change, table))
                .andAtLeast(TRANSIENT_POLLS + 1, describeTable(table))
                .orElseAdvise(advice)
                .assertMetBy(dynamo.requests());
    }

    /** Between two polls the code pauses as long as it was told. */
    public void pausesBetweenPolls(String call, PollingCall code) {
        install(TRANSIENT_POLLS);
        Duration pause = dynamo.isEmbeddedLocal() ? LOCAL_PAUSE : AWS_PAUSE;
        int maxPolls = dynamo.isEmbeddedLocal() ? ENOUGH_POLLS : AWS_POLLS;

        code.call(maxPolls, pause);

        RequestPattern poll = describeTable(table);
        int polls = dynamo.requests().matching(poll).size();
        assertThat(polls).as("the DescribeTable polls of %s: the first %d do not show %s yet, so waiting for it"
                + " takes more", call, TRANSIENT_POLLS, state).isGreaterThan(TRANSIENT_POLLS);
        int pauses = polls - 1;
        long leastPaused = pauses * pause.toMillis() * 9 / 10;
        assertThat(dynamo.requests().pausedAfter(poll.matcher()).toMillis())
                .as("the time from the response of each DescribeTable of %s to the next DescribeTable, in all, over"
                        + " %d pauses told to last %d ms: at least %d ms. Polling without a pause floods DynamoDB"
                        + " with requests, and AWS throttles them", call, pauses, pause.toMillis(), leastPaused)
                .isGreaterThanOrEqualTo(leastPaused);
    }

    /** When the state never comes, the code throws after its number of polls instead of waiting for ever. */
    public void givesUp(String call, PollingCall code) {
        install(ENOUGH_POLLS);

        Throwable thrown = StudentCode.catchThrowable(() -> code.call(FEW_POLLS, Duration.ofMillis(1)));

        StudentCode.expectThrown(Throwable.class, call + " where DescribeTable never shows " + state + ", told to"
                + " poll at most " + FEW_POLLS + " times", thrown, "A poll needs a bound, so that a stuck change"
                + " fails loudly instead of hanging.");
        assertThat(dynamo.requests().matching(describeTable(table)).size())
                .as("the DescribeTable requests of %s, told to poll at most %d times", call, FEW_POLLS)
                .isBetween(1, FEW_POLLS);
    }

    private TransientStates install(int describes) {
        TransientStates states = dynamo.isEmbeddedLocal() ? TransientStates.lastingOnLocal(describes)
                : TransientStates.lasting(describes);
        dynamo.intercept(states);
        return states;
    }

    private boolean reported(TransientStates states) {
        String physical = dynamo.tableName(table);
        if (index.isPresent()) {
            return states.reportedActive(physical, index.get());
        }
        return change.equals("DeleteTable") ? states.reportedGone(physical) : states.reportedActive(physical);
    }
}
