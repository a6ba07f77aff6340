package org.dynamodbworkshop.testkit;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Records every request a client sends (once per request, however often the SDK retries it), with its response.
 * Each test has its own recorder, so parallel tests never see each other's requests.
 */
final class RequestRecorder implements ExecutionInterceptor {

    private static final ExecutionAttribute<Slot> SLOT = AttributeNames.attribute("recordedRequest");

    private final TableNames names;
    private final List<Slot> slots = new ArrayList<>();

    RequestRecorder(TableNames names) {
        this.names = names;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        Slot slot = new Slot(RecordedRequest.of(operation, context.request(), names), System.nanoTime());
        attributes.putAttribute(SLOT, slot);
        synchronized (slots) {
            slots.add(slot);
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        Slot slot = attributes.getAttribute(SLOT);
        slot.answeredNanos = System.nanoTime();
        slot.response = context.response();
    }

    RequestLog log() {
        synchronized (slots) {
            return new RequestLog(slots.stream()
                    .map(slot -> slot.request.answered(slot.response, slot.sentNanos, slot.answeredNanos))
                    .toList());
        }
    }

    void clear() {
        synchronized (slots) {
            slots.clear();
        }
    }

    private static final class Slot {
        private final RecordedRequest request;
        private final long sentNanos;
        private volatile SdkResponse response;
        private volatile long answeredNanos = RecordedRequest.UNANSWERED;

        Slot(RecordedRequest request, long sentNanos) {
            this.request = request;
            this.sentNanos = sentNanos;
        }
    }
}
