package org.dynamodbworkshop.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;

/**
 * Requests as the recorder would have recorded them, made without DynamoDB: for the tests of budgets, patterns and
 * logs, which need exact requests and exact times.
 */
final class Requests {

    private Requests() {
    }

    /** The request as sent, not yet answered; the operation is its class's name without "Request". */
    static RecordedRequest sent(SdkRequest request, TableNames names) {
        return RecordedRequest.of(request.getClass().getSimpleName().replaceFirst("Request$", ""), request, names,
                KeySchemas.NONE);
    }

    /** The request as sent at {@code sentNanos} and answered at {@code answeredNanos}. */
    static RecordedRequest answered(SdkRequest request, TableNames names, SdkResponse response, long sentNanos,
                                    long answeredNanos) {
        return sent(request, names).answered(response, Optional.empty(), sentNanos, answeredNanos);
    }

    static RequestLog log(RecordedRequest... requests) {
        return new RequestLog(List.copyOf(Arrays.asList(requests)));
    }
}
