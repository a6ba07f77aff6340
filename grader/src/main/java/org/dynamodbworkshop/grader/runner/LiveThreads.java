package org.dynamodbworkshop.grader.runner;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The threads alive at one moment, to tell which threads a run started and left running. A run's threads are those
 * that carry its class loader as their context loader, as every thread does that the run's code starts, directly or
 * through a pool: threads that DynamoDB Local or the JDK start as they serve (a web server's workers, a keep-alive
 * timer) carry their own and belong to the JVM.
 */
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

    /** The run's threads started since and still running after the grace, as "thread(s) "a", "b"", if any. */
    Optional<String> startedSince(ClassLoader run) {
        Instant deadline = Instant.now().plus(GRACE);
        List<Thread> left = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread) && thread.getContextClassLoader() == run)
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
