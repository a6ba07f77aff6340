package org.dynamodbworkshop.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Checks a collection of results (or of stored items) against the expected one, and fails with a short message
 * whose first line names what differs, e.g.
 * <pre>
 * findOpenGames() returned 15 games where 9 were expected: 6 unexpected, first: Game g-7 (map Rocky Ridge, …)
 *   unexpected (6):
 *     - Game g-7 (map Rocky Ridge, …)
 *     …
 * </pre>
 * It lists the missing and the unexpected elements (the first few of each, each on one line cut to 120 characters)
 * instead of the whole collection several times; elements compare with {@code equals}, as AssertJ's
 * {@code containsExactly...} do.
 *
 * <pre>{@code
 * Elements.returnedBy("findOpenGamesByMap(\"Juicy Jungle\")", "game", games)
 *         .showingRequestsOf(dynamo)
 *         .inOrder(List.of(oldest, middle, newest));
 * }</pre>
 *
 * @param <T> the elements' type
 */
public final class Elements<T> {

    private static final int SHOWN = 5;
    private static final int SHOWN_REQUESTS = 3;
    private static final int BECAUSE_LINES = 5;

    private final String subject;
    private final String verb;
    private final String noun;
    private final List<T> actual;
    private String because = "";
    private TestDynamoDb requestsOf;
    private Function<? super T, String> render = String::valueOf;

    private Elements(String subject, String verb, String noun, Collection<? extends T> actual) {
        this.subject = subject;
        this.verb = verb;
        this.noun = noun;
        this.actual = actual == null ? null : new ArrayList<>(actual);
    }

    /**
     * What the code under test returned; reads "{@code <call>} returned 3 games where ...".
     *
     * @param call the call, as the learner would write it: {@code findOpenGamesByMap("Juicy Jungle")}
     * @param noun what an element is, in the singular: {@code game}
     */
    public static <T> Elements<T> returnedBy(String call, String noun, Collection<? extends T> actual) {
        return new Elements<>(call, "returned", noun, actual);
    }

    /**
     * What a place such as the table holds; reads "{@code <place>} holds 57 books where ...".
     *
     * @param place where the elements are: {@code the table after addBooks(60 books)}
     * @param noun what an element is, in the singular: {@code book}
     */
    public static <T> Elements<T> heldBy(String place, String noun, Collection<? extends T> actual) {
        return new Elements<>(place, "holds", noun, actual);
    }

    /** A sentence for the learner, shown under the first line: why the expectation holds, what to do instead. */
    public Elements<T> because(String explanation) {
        this.because = explanation;
        return this;
    }

    /** Shows the last few requests of the code under test, with their keys and expressions, when the check fails. */
    public Elements<T> showingRequestsOf(TestDynamoDb dynamo) {
        this.requestsOf = dynamo;
        return this;
    }

    /** How to show an element, if its {@code toString} is not the best way. */
    public Elements<T> showing(Function<? super T, String> renderer) {
        this.render = renderer;
        return this;
    }

    /** The same elements, in the same order. */
    public void inOrder(Collection<? extends T> expected) {
        check(List.copyOf(expected), true);
    }

    /** The same elements, each as often, in any order. */
    public void inAnyOrder(Collection<? extends T> expected) {
        check(List.copyOf(expected), false);
    }

    public void isEmpty() {
        check(List.of(), false);
    }

    /** As many elements as expected, whichever they are. */
    public void hasSize(int expected) {
        if (actual != null && actual.size() == expected) {
            return;
        }
        List<String> lines = new ArrayList<>();
        if (actual == null) {
            lines.add(Text.cut(subject + " " + verb + " null where " + expectedText(expected) + " expected.",
                    Text.WIDTH));
        } else {
            lines.add(Text.cut(summary(expected) + (actual.isEmpty() ? "." : ", first: " + shown(actual.get(0))),
                    Text.WIDTH));
        }
        addBecause(lines);
        if (actual != null && !actual.isEmpty()) {
            addList(lines, "the first", actual, false);
        }
        fail(lines);
    }

    private void check(List<T> expected, boolean ordered) {
        if (actual == null) {
            List<String> lines = new ArrayList<>();
            lines.add(Text.cut(subject + " " + verb + " null where " + expectedText(expected.size())
                    + " expected.", Text.WIDTH));
            addBecause(lines);
            fail(lines);
            return;
        }
        List<T> missing = new ArrayList<>();
        List<T> unexpected = new ArrayList<>();
        difference(expected, missing, unexpected);
        if (missing.isEmpty() && unexpected.isEmpty()) {
            if (ordered && !actual.equals(expected)) {
                failOrder(expected);
            }
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(firstLine(expected.size(), missing, unexpected));
        addBecause(lines);
        addList(lines, "missing", missing, false);
        addList(lines, "unexpected", unexpected, true);
        fail(lines);
    }

    /**
     * "... returned 15 games where 9 were expected: 6 unexpected, first: ...", without the first elements if the
     * line would not hold them: they follow on their own lines anyway.
     */
    private String firstLine(int expected, List<T> missing, List<T> unexpected) {
        String missingCount = missing.isEmpty() ? "" : missing.size() + " missing";
        String unexpectedCount = unexpected.isEmpty() ? "" : unexpected.size() + " unexpected";
        String withFirsts = summary(expected) + ": "
                + (missing.isEmpty() ? "" : missingCount + ", first: " + shown(missing.get(0)))
                + (missing.isEmpty() || unexpected.isEmpty() ? "" : "; ")
                + (unexpected.isEmpty() ? "" : unexpectedCount + ", first: " + shown(unexpected.get(0)));
        if (expected == 0) {
            String first = summary(expected) + ", first: " + shown(unexpected.get(0));
            return first.length() <= Text.WIDTH ? first : Text.cut(summary(expected) + ".", Text.WIDTH);
        }
        if (withFirsts.length() <= Text.WIDTH) {
            return withFirsts;
        }
        String counts = summary(expected) + ": " + missingCount
                + (missing.isEmpty() || unexpected.isEmpty() ? "" : ", ") + unexpectedCount;
        return Text.cut(counts + ".", Text.WIDTH);
    }

    /** Splits the difference: each actual element matches one equal expected element, at most. */
    private void difference(List<T> expected, List<T> missing, List<T> unexpected) {
        boolean[] matched = new boolean[expected.size()];
        for (T element : actual) {
            int match = -1;
            for (int i = 0; i < expected.size(); i++) {
                if (!matched[i] && Objects.equals(expected.get(i), element)) {
                    match = i;
                    break;
                }
            }
            if (match < 0) {
                unexpected.add(element);
            } else {
                matched[match] = true;
            }
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!matched[i]) {
                missing.add(expected.get(i));
            }
        }
    }

    private void failOrder(List<T> expected) {
        int at = 0;
        while (Objects.equals(actual.get(at), expected.get(at))) {
            at++;
        }
        List<String> lines = new ArrayList<>();
        String order = subject + " " + verb + " the " + Text.count(expected.size(), noun)
                + " expected, in another order";
        String first = order + ": #" + (at + 1) + " is " + shown(actual.get(at)) + ", expected "
                + shown(expected.get(at));
        lines.add(first.length() <= Text.WIDTH ? first
                : Text.cut(order + ", from #" + (at + 1) + " on.", Text.WIDTH));
        addBecause(lines);
        int from = Math.max(0, at - 1);
        int to = Math.min(expected.size(), from + SHOWN);
        lines.add(Text.line("  ", "expected order" + (from > 0 || to < expected.size()
                ? ", #" + (from + 1) + " to #" + to : "") + ":"));
        for (int i = from; i < to; i++) {
            lines.add(Text.line("    #" + (i + 1) + " ", shown(expected.get(i))));
        }
        lines.add(Text.line("  ", verb.equals("returned") ? "returned order:" : "order held:"));
        for (int i = from; i < to; i++) {
            lines.add(Text.line("    #" + (i + 1) + " ", shown(actual.get(i))));
        }
        fail(lines);
    }

    private String summary(int expected) {
        return subject + " " + verb + " " + Text.count(actual.size(), noun) + " where " + expectedText(expected)
                + " expected";
    }

    private static String expectedText(int expected) {
        return expected == 0 ? "none were" : expected == 1 ? "1 was" : expected + " were";
    }

    private void addBecause(List<String> lines) {
        if (!because.isEmpty()) {
            List<String> wrapped = Text.wrap("  ", because);
            lines.addAll(wrapped.subList(0, Math.min(BECAUSE_LINES, wrapped.size())));
        }
    }

    private void addList(List<String> lines, String heading, List<T> elements, boolean markRepeats) {
        if (elements.isEmpty()) {
            return;
        }
        lines.add(Text.line("  ", heading + " (" + elements.size() + "):"));
        for (T element : elements.subList(0, Math.min(SHOWN, elements.size()))) {
            boolean repeat = markRepeats && actual.stream().filter(other -> Objects.equals(other, element)).count() > 1;
            lines.add(Text.line("    - ", (repeat ? "(more than once) " : "") + shown(element)));
        }
        if (elements.size() > SHOWN) {
            lines.add("    … and " + (elements.size() - SHOWN) + " more");
        }
    }

    private String shown(T element) {
        return element == null ? "null" : Text.oneLine(render.apply(element));
    }

    private void fail(List<String> lines) {
        if (requestsOf != null) {
            List<RecordedRequest> log = requestsOf.requests().requests();
            lines.addAll(new RequestDetails(requestsOf).lines("The code's requests", log, SHOWN_REQUESTS));
        }
        throw new AssertionError(String.join("\n", lines));
    }
}
