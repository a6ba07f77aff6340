package org.dynamodbworkshop.grader.runner;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The threads alive at one moment, to tell which threads a run started and left running. */
final class LiveThreads {

    /** How long a run's threads get to end after the run, in all: a pool being shut down takes a moment. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    private final Set<Thread> before;

    private LiveThreads(Set<Thread> before) {
        this.before = before;
    }

    static LiveThreads now() {
        return new LiveThreads(Set.copyOf(Thread.getAllStackTraces().keySet()));
    }

    /** The threads started since and still running after the grace, as "thread(s) "a", "b"", if any. */
    Optional<String> startedSince() {
        Instant deadline = Instant.now().plus(GRACE);
        List<Thread> left = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread))
                .filter(thread -> !endsBefore(thread, deadline))
                .toList();
        if (left.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((left.size() == 1 ? "thread " : "threads ")
                + left.stream().map(thread -> "\"" + thread.getName() + "\"").sorted().collect(Collectors.joining(", ")));
    }

    private static boolean endsBefore(Thread thread, Instant deadline) {
        try {
            thread.join(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }
}
