package org.dynamodbworkshop.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Records every request a client sends (once per request, however often the SDK retries it), with its response and
 * the capacity it consumed. Each test has its own recorder, so parallel tests never see each other's requests.
 *
 * <p>Where the code under test did not ask for the consumed capacity, the recorder asks for it and takes it out of
 * the response again, so that the code sees what it would have seen without the recorder.
 */
final class RequestRecorder implements ExecutionInterceptor {

    private static final ExecutionAttribute<Slot> SLOT = AttributeNames.attribute("recordedRequest");
    private static final ExecutionAttribute<Boolean> ASKED_FOR_CAPACITY = AttributeNames.attribute("askedForCapacity");
    private static final String RETURN_CONSUMED_CAPACITY = "ReturnConsumedCapacity";
    private static final String CONSUMED_CAPACITY = "ConsumedCapacity";

    private final TableNames names;
    private final KeySchemas keys;
    private final List<Slot> slots = new ArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean overlapped;
    private int forgotten;

    RequestRecorder(TableNames names, KeySchemas keys) {
        this.names = names;
        this.keys = keys;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        Slot slot = new Slot(RecordedRequest.of(operation, context.request(), names, keys), System.nanoTime());
        attributes.putAttribute(SLOT, slot);
        if (inFlight.getAndIncrement() > 0) {
            overlapped = true;
        }
        synchronized (slots) {
            slots.add(slot);
        }
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        Optional<SdkField<?>> field = field(request, RETURN_CONSUMED_CAPACITY);
        if (field.isEmpty()) {
            return request;
        }
        Object asked = field.get().getValueOrDefault(request);
        boolean askedForCapacity = asked != null && !ReturnConsumedCapacity.NONE.toString().equals(asked);
        attributes.putAttribute(ASKED_FOR_CAPACITY, askedForCapacity);
        if (askedForCapacity) {
            return request;
        }
        SdkRequest.Builder builder = request.toBuilder();
        field.get().set(builder, ReturnConsumedCapacity.INDEXES.toString());
        return builder.build();
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        SdkResponse response = context.response();
        Slot slot = attributes.getAttribute(SLOT);
        // A read that finds nothing is billed at least half a unit: DynamoDB Local's 0 is a figure it is missing.
        slot.consumed = consumed(response, slot.request.writes())
                .filter(capacity -> slot.request.writes() || capacity.readUnits() > 0);
        if (Boolean.TRUE.equals(attributes.getAttribute(ASKED_FOR_CAPACITY))) {
            return response;
        }
        return field(response, CONSUMED_CAPACITY).<SdkResponse>map(field -> {
            SdkResponse.Builder builder = response.toBuilder();
            field.set(builder, null);
            return builder.build();
        }).orElse(response);
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        Slot slot = attributes.getAttribute(SLOT);
        slot.answeredNanos = System.nanoTime();
        slot.response = context.response();
        inFlight.decrementAndGet();
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        inFlight.decrementAndGet();
    }

    /** The requests since the last {@link #clear()}. */
    RequestLog log() {
        synchronized (slots) {
            return new RequestLog(answered(slots.subList(forgotten, slots.size())));
        }
    }

    /** Leaves the requests so far out of {@link #log()}, though not out of {@link #usage()}. */
    void clear() {
        synchronized (slots) {
            forgotten = slots.size();
        }
    }

    /** What every request so far read and wrote. */
    Usage usage() {
        synchronized (slots) {
            return Usage.of(answered(slots));
        }
    }

    /** Whether a request was sent before the one before it was answered: code run concurrently. */
    boolean sentConcurrently() {
        return overlapped;
    }

    private static List<RecordedRequest> answered(List<Slot> slots) {
        return slots.stream()
                .map(slot -> slot.request.answered(slot.response, slot.consumed, slot.sentNanos, slot.answeredNanos))
                .toList();
    }

    /** The capacity a response reports: one report for most operations, a list for batches and transactions. */
    private static Optional<Capacity> consumed(SdkResponse response, boolean writes) {
        Object reported = field(response, CONSUMED_CAPACITY).map(field -> field.getValueOrDefault(response))
                .orElse(null);
        List<ConsumedCapacity> reports = new ArrayList<>();
        if (reported instanceof ConsumedCapacity single) {
            reports.add(single);
        } else if (reported instanceof List<?> list) {
            list.stream().map(ConsumedCapacity.class::cast).forEach(reports::add);
        }
        return reports.isEmpty() ? Optional.empty() : Optional.of(Capacity.of(reports, writes));
    }

    private static Optional<SdkField<?>> field(SdkPojo pojo, String name) {
        return pojo.sdkFields().stream().filter(field -> field.memberName().equals(name)).findFirst();
    }

    private static final class Slot {
        private final RecordedRequest request;
        private final long sentNanos;
        private volatile SdkResponse response;
        private volatile Optional<Capacity> consumed = Optional.empty();
        private volatile long answeredNanos = RecordedRequest.UNANSWERED;

        Slot(RecordedRequest request, long sentNanos) {
            this.request = request;
            this.sentNanos = sentNanos;
        }
    }
}
