package org.dynamodbworkshop.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The requests an exercise may make: how many of which operation, on which table or index, and nothing else.
 *
 * <pre>{@code
 * RequestBudget.exactly(1, query("Music").onIndex("AlbumTitle-index"))
 *         .orElseAdvise("A Scan reads the whole table; query the index instead.")
 *         .assertMetBy(dynamo.requests());
 * }</pre>
 */
public final class RequestBudget {

    /** How a budget's failure message begins, by which reports count the failures of budgets. */
    public static final String FAILURE_START = "Your requests do not fit this exercise: ";

    // Capacity units are reported with one decimal; sums of them may be off in the last digits.
    private static final double ROUNDING = 0.001;

    private final List<Rule> rules;
    private final Optional<ReadCost> readCost;
    private final OptionalInt mostItemsRead;
    private final String advice;

    private RequestBudget(List<Rule> rules, Optional<ReadCost> readCost, OptionalInt mostItemsRead, String advice) {
        this.rules = rules;
        this.readCost = readCost;
        this.mostItemsRead = mostItemsRead;
        this.advice = advice;
    }

    public static RequestBudget exactly(int count, RequestPattern pattern) {
        return new RequestBudget(List.of(), Optional.empty(), OptionalInt.empty(), "").andExactly(count, pattern);
    }

    public static RequestBudget atLeast(int count, RequestPattern pattern) {
        return new RequestBudget(List.of(), Optional.empty(), OptionalInt.empty(), "").andAtLeast(count, pattern);
    }

    /**
     * Reads what a correct read reads, in about as many requests: at most one request of the pattern a page of
     * {@code cost}, plus one (a paginator's last, empty page), and at most the capacity {@code cost} consumes. A
     * PartiQL SELECT counts as the Query or Scan it runs as; its capacity, which DynamoDB Local does not report,
     * counts as none.
     */
    public static RequestBudget reading(RequestPattern pattern, ReadCost cost) {
        return new RequestBudget(List.of(new Rule(pattern, 1, cost.pages() + 1)), Optional.of(cost),
                OptionalInt.empty(), "");
    }

    public RequestBudget andExactly(int count, RequestPattern pattern) {
        return with(new Rule(pattern, count, count));
    }

    public RequestBudget andAtLeast(int count, RequestPattern pattern) {
        return with(new Rule(pattern, count, Integer.MAX_VALUE));
    }

    /** Allows any number of these requests, such as the DescribeTable polls of a waiter. */
    public RequestBudget andAny(RequestPattern pattern) {
        return with(new Rule(pattern, 0, Integer.MAX_VALUE));
    }

    /**
     * The reads read no more items than the code returned: the key condition does the narrowing, not a filter nor
     * the code itself (DynamoDB reads, and bills, every item before a filter or the code throws it away). A PartiQL
     * SELECT counts the items it returns when its WHERE is a key condition only; any other condition is a filter.
     */
    public RequestBudget readingNoMoreThan(int itemsReturned) {
        return new RequestBudget(rules, readCost, OptionalInt.of(itemsReturned), advice);
    }

    /** A sentence for the learner, shown when the budget is not met. */
    public RequestBudget orElseAdvise(String sentence) {
        return new RequestBudget(rules, readCost, mostItemsRead, sentence);
    }

    public void assertMetBy(RequestLog log) {
        // A request outside the budget names what the code did instead, so it comes first.
        List<String> problems = new ArrayList<>();
        log.requests().stream()
                .filter(request -> rules.stream().noneMatch(rule -> rule.pattern().matcher().test(request)))
                .map(request -> request + " is not part of the budget")
                .distinct()
                .forEach(problems::add);
        for (Rule rule : rules) {
            int count = log.matching(rule.pattern()).size();
            if (count < rule.min() || count > rule.max()) {
                problems.add("expected " + rule + ", but found " + count);
            }
        }
        readCost.filter(cost -> log.consumed().readUnits() > cost.readUnits() + ROUNDING)
                .ifPresent(cost -> problems.add("your code read " + Capacity.units(log.consumed().readUnits())
                        + " RCU, where " + cost));
        mostItemsRead.ifPresent(most -> readMoreThan(log, most).ifPresent(problems::add));
        if (!problems.isEmpty()) {
            throw new BudgetExceeded(message(log, problems));
        }
    }

    private String message(RequestLog log, List<String> problems) {
        String expected = rules.stream().map(Rule::toString).collect(Collectors.joining("; "))
                + readCost.map(cost -> ", reading at most " + Capacity.units(cost.readUnits()) + " RCU").orElse("");
        List<String> lines = new ArrayList<>();
        lines.add(Text.cut(FAILURE_START + problems.get(0) + ".",
                Text.WIDTH));
        lines.addAll(Text.wrap("  ", "Expected: " + expected + "; nothing else."));
        lines.add("  Your code made " + log.requests().size() + " request(s):");
        lines.add(log.describe());
        if (problems.size() > 1) {
            lines.addAll(Text.wrap("  ", "Also: " + String.join("; ", problems.subList(1, problems.size())) + "."));
        }
        if (!advice.isEmpty()) {
            lines.addAll(Text.wrap("  ", advice));
        }
        return String.join("\n", lines);
    }

    /** Why the reads read more items than the code returned, if they did. */
    private static Optional<String> readMoreThan(RequestLog log, int returned) {
        List<RecordedRequest> reads = log.requests().stream()
                .filter(request -> request.responseField("ScannedCount", Integer.class).isPresent()
                        || request.runsAs().isPresent())
                .toList();
        Optional<RecordedRequest> filtering = reads.stream().filter(read -> read.itemsRead().isEmpty()).findFirst();
        if (filtering.isPresent()) {
            return Optional.of(filtering.get() + " has a condition beyond the key in its WHERE: a filter, applied to"
                    + " every item of the key range after DynamoDB read it");
        }
        int read = reads.stream().mapToInt(request -> request.itemsRead().orElseThrow()).sum();
        return read > returned ? Optional.of("your code read " + Text.count(read, "item") + " to return " + returned
                + ": a filter, or your own code, threw the rest away") : Optional.empty();
    }

    private RequestBudget with(Rule rule) {
        List<Rule> extended = new ArrayList<>(rules);
        extended.add(rule);
        return new RequestBudget(List.copyOf(extended), readCost, mostItemsRead, advice);
    }

    /** A budget's failure, to which the test kit adds what the reference solution does in the same test. */
    static final class BudgetExceeded extends AssertionError {
        private static final long serialVersionUID = 1L;

        BudgetExceeded(String message) {
            super(message);
        }
    }

    private record Rule(RequestPattern pattern, int min, int max) {
        @Override
        public String toString() {
            if (min == max) {
                return "exactly " + min + " " + pattern;
            }
            if (max != Integer.MAX_VALUE) {
                return min + " to " + max + " " + pattern;
            }
            return (min == 0 ? "any number of " : "at least " + min + " ") + pattern;
        }
    }
}
