package org.dynamodbworkshop.lesson4;

import static org.dynamodbworkshop.testkit.StudentCode.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/** Runs many calls of the learner's code from a few threads at once, for the invariant tests. */
final class Concurrently {

    static final int THREADS = 4;
    private static final long TIMEOUT_SECONDS = 80;

    private Concurrently() {
    }

    /**
     * Runs every call on a pool of {@link #THREADS} threads and returns what each one threw, in the order of the
     * calls ({@code null} for a call that returned normally). An exercise that is not implemented yet fails the
     * whole run as not implemented.
     */
    static List<Throwable> run(List<ThrowingCallable> calls) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Throwable>> futures = new ArrayList<>();
            for (ThrowingCallable call : calls) {
                futures.add(pool.submit(() -> catchThrowable(call)));
            }
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<Throwable> future : futures) {
                outcomes.add(outcome(future));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Whether DynamoDB refused a transaction because another one touched the same items at the same time. DynamoDB
     * Local never does; real DynamoDB may, and then the transaction changed nothing.
     */
    static boolean isTransactionConflict(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransactionConflictException) {
                return true;
            }
            if (cause instanceof TransactionCanceledException canceled && canceled.hasCancellationReasons()
                    && canceled.cancellationReasons().stream()
                            .anyMatch(reason -> "TransactionConflict".equals(reason.code()))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable outcome(Future<Throwable> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnsupportedOperationException notImplementedYet) {
                throw notImplementedYet;
            }
            throw new IllegalStateException("A concurrent call failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the concurrent calls", e);
        } catch (TimeoutException e) {
            throw new AssertionError("The concurrent calls did not finish within " + TIMEOUT_SECONDS + " seconds", e);
        }
    }
}
