package org.dynamodbworkshop.testkit;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Helpers for calling the learner's code where a test expects it to throw. */
public final class StudentCode {

    private static final int SHOWN_REQUESTS = 3;

    private StudentCode() {
    }

    /**
     * Returns what the call throws, like AssertJ's {@code catchThrowable}, except that an exercise that is not
     * implemented yet still fails as "not implemented" rather than as a wrong exception.
     */
    public static Throwable catchThrowable(ThrowingCallable call) {
        Throwable thrown = Assertions.catchThrowable(call);
        if (thrown instanceof UnsupportedOperationException notImplementedYet) {
            throw notImplementedYet;
        }
        return thrown;
    }

    /**
     * Returns the exception the call throws, and fails if it throws nothing or another exception, saying what it did
     * instead: "createUser of a taken username returned normally; expected UserAlreadyExistsException." An exercise
     * that is not implemented yet still fails as "not implemented".
     *
     * @param call what the test calls, as the learner would name it: {@code createUser of a taken username}
     */
    public static <T extends Throwable> T expectThrows(Class<T> expected, String call, ThrowingCallable code) {
        return expect(expected, call, null, code);
    }

    /**
     * As {@link #expectThrows(Class, String, ThrowingCallable)}, and a failure also lists the requests the call made,
     * with their keys and conditions: "PutItem on BattleRoyale, key {...}; no condition".
     */
    public static <T extends Throwable> T expectThrows(Class<T> expected, String call, TestDynamoDb dynamo,
                                                       ThrowingCallable code) {
        return expect(expected, call, dynamo, code);
    }

    /**
     * Checks what a call caught with {@link #catchThrowable} threw, for tests that accept more than one outcome;
     * fails as {@link #expectThrows(Class, String, ThrowingCallable)} does, with {@code because} under the first line.
     */
    public static <T extends Throwable> T expectThrown(Class<T> expected, String call, Throwable thrown,
                                                       String because) {
        return check(expected, call, because, null, 0, thrown);
    }

    private static <T extends Throwable> T expect(Class<T> expected, String call, TestDynamoDb dynamo,
                                                  ThrowingCallable code) {
        int before = dynamo == null ? 0 : dynamo.requests().requests().size();
        return check(expected, call, "", dynamo, before, catchThrowable(code));
    }

    private static <T extends Throwable> T check(Class<T> expected, String call, String because,
                                                 TestDynamoDb dynamo, int before, Throwable thrown) {
        if (thrown instanceof UnsupportedOperationException notImplementedYet) {
            throw notImplementedYet;
        }
        if (expected.isInstance(thrown)) {
            return expected.cast(thrown);
        }
        List<String> lines = new ArrayList<>();
        String wanted = "; expected " + name(expected) + ".";
        if (thrown == null) {
            lines.add(Text.cut(call + " returned normally" + wanted, Text.WIDTH));
        } else {
            lines.add(Text.cut(call + " threw " + thrown.getClass().getSimpleName() + wanted, Text.WIDTH));
            if (thrown.getMessage() != null) {
                lines.add(Text.line("  ", "its message: " + thrown.getMessage()));
            }
        }
        lines.addAll(Text.wrap("  ", because));
        if (dynamo != null) {
            List<RecordedRequest> log = dynamo.requests().requests();
            List<RecordedRequest> made = log.subList(Math.min(before, log.size()), log.size());
            lines.addAll(new RequestDetails(dynamo).lines("Its requests", made, SHOWN_REQUESTS));
        }
        throw new AssertionError(String.join("\n", lines), thrown);
    }

    private static String name(Class<?> expected) {
        return expected == Throwable.class || expected == Exception.class || expected == RuntimeException.class
                ? "an exception" : expected.getSimpleName();
    }
}
