package org.dynamodbworkshop.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The requests a test's code under test has made so far, in order.
 *
 * @param requests every request, oldest first
 */
public record RequestLog(List<RecordedRequest> requests) {

    /** The requests that match the pattern. */
    public List<RecordedRequest> matching(RequestPattern pattern) {
        return requests.stream().filter(pattern.matcher()).toList();
    }

    /**
     * How long the code waited, in all, between the response of each request that {@code answer} matches and the
     * next request it sent: its pauses before a retry or the next poll.
     */
    public Duration pausedAfter(Predicate<RecordedRequest> answer) {
        return pausesAfter(answer).stream().reduce(Duration.ZERO, Duration::plus);
    }

    /** Each of the pauses {@link #pausedAfter} adds up, in order. */
    public List<Duration> pausesAfter(Predicate<RecordedRequest> answer) {
        List<Duration> pauses = new ArrayList<>();
        for (int i = 0; i + 1 < requests.size(); i++) {
            RecordedRequest request = requests.get(i);
            if (request.answeredNanos() != RecordedRequest.UNANSWERED && answer.test(request)) {
                pauses.add(Duration.ofNanos(Math.max(0, requests.get(i + 1).sentNanos() - request.answeredNanos())));
            }
        }
        return pauses;
    }

    /** The capacity all the requests consumed, as far as DynamoDB reported it. */
    public Capacity consumed() {
        return requests.stream().map(request -> request.consumed().orElse(Capacity.NONE))
                .reduce(Capacity.NONE, Capacity::plus);
    }

    /** Fails with a message for the learner unless the requests fit the budget. */
    public void assertWithin(RequestBudget budget) {
        budget.assertMetBy(this);
    }

    /**
     * Lists the requests one per line, numbered, for failure messages. A run of equal requests takes one line
     * ("3 to 62. PutItem on Books (60 requests)"), and past {@value #SHOWN_LINES} lines the rest is counted.
     */
    public String describe() {
        if (requests.isEmpty()) {
            return "    (no requests at all)";
        }
        List<String> lines = new ArrayList<>();
        int first = 0;
        while (first < requests.size()) {
            String request = requests.get(first).toString();
            int last = first;
            while (last + 1 < requests.size() && requests.get(last + 1).toString().equals(request)) {
                last++;
            }
            if (lines.size() == SHOWN_LINES) {
                lines.add("    … and " + (requests.size() - first) + " more");
                break;
            }
            List<RecordedRequest> run = requests.subList(first, last + 1);
            lines.add(first == last ? "    " + (first + 1) + ". " + request + whatItDid(run)
                    : "    " + (first + 1) + " to " + (last + 1) + ". " + request + " (" + run.size()
                            + " requests)" + whatItDid(run));
            first = last + 1;
        }
        return String.join("\n", lines);
    }

    /** ": read 40 items, 5.0 RCU" for reads, ": 1.0 WCU" for writes; nothing where DynamoDB reported nothing. */
    private static String whatItDid(List<RecordedRequest> run) {
        List<String> parts = new ArrayList<>();
        if (run.stream().allMatch(request -> request.itemsRead().isPresent())) {
            parts.add("read " + Text.count(run.stream().mapToInt(request -> request.itemsRead().orElseThrow()).sum(),
                    "item"));
        }
        if (run.stream().anyMatch(request -> request.consumed().isPresent())) {
            parts.add(new RequestLog(run).consumed().toString());
        }
        return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
    }

    private static final int SHOWN_LINES = 12;
}
