package org.dynamodbworkshop.testkit;

import java.util.Optional;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Measures what a client's requests read and wrote, outside any test: add its {@link #interceptor()} to the client
 * and read {@link #usage()} when done. Like a test's recorder, it asks each request for its consumed capacity and
 * hides that from the code that did not ask.
 */
public final class UsageMeter {

    private final RequestRecorder recorder = new RequestRecorder(new TableNames(""), (table, index) -> Optional.empty());

    public ExecutionInterceptor interceptor() {
        return recorder;
    }

    /** What the requests so far read and wrote; table names as sent. */
    public Usage usage() {
        return recorder.usage();
    }
}
