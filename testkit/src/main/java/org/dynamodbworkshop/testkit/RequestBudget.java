package org.dynamodbworkshop.testkit;

import java.util.ArrayList;
import java.util.List;
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

    private final List<Rule> rules;
    private final String advice;

    private RequestBudget(List<Rule> rules, String advice) {
        this.rules = rules;
        this.advice = advice;
    }

    public static RequestBudget exactly(int count, RequestPattern pattern) {
        return new RequestBudget(List.of(), "").andExactly(count, pattern);
    }

    public static RequestBudget atLeast(int count, RequestPattern pattern) {
        return new RequestBudget(List.of(), "").andAtLeast(count, pattern);
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

    /** A sentence for the learner, shown when the budget is not met. */
    public RequestBudget orElseAdvise(String sentence) {
        return new RequestBudget(rules, sentence);
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
        if (!problems.isEmpty()) {
            throw new AssertionError(message(log, problems));
        }
    }

    private String message(RequestLog log, List<String> problems) {
        String expected = rules.stream().map(Rule::toString).collect(Collectors.joining("; "));
        List<String> lines = new ArrayList<>();
        lines.add(Text.cut("The requests your code made are not what this exercise needs: " + problems.get(0) + ".",
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

    private RequestBudget with(Rule rule) {
        List<Rule> extended = new ArrayList<>(rules);
        extended.add(rule);
        return new RequestBudget(List.copyOf(extended), advice);
    }

    private record Rule(RequestPattern pattern, int min, int max) {
        @Override
        public String toString() {
            if (min == max) {
                return "exactly " + min + " " + pattern;
            }
            return (min == 0 ? "any number of " : "at least " + min + " ") + pattern;
        }
    }
}
