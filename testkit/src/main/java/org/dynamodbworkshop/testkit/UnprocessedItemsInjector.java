package org.dynamodbworkshop.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Makes DynamoDB look busy: on the first few BatchWriteItem requests, the last writes of each batch come back as
 * {@code UnprocessedItems} instead of being written, as DynamoDB does when a partition is throttled.
 *
 * <p>The held-back writes are taken out of the request before it is sent and added to the response's
 * {@code UnprocessedItems}, so code that ignores them leaves exactly those items unwritten, and code that resends
 * them writes them, because only the first few requests are affected. Deterministic: the same requests always lose
 * the same writes.
 *
 * <pre>{@code
 * UnprocessedItemsInjector busy = UnprocessedItemsInjector.holdingBack(3).onFirst(2);
 * dynamo.intercept(busy);                   // before the first dynamo.client()
 * ...
 * busy.heldBack();                          // how many writes it held back in all
 * }</pre>
 *
 * <p>It never holds back every write of a request (DynamoDB rejects an empty batch), and leaves a request of more
 * than 25 writes untouched so that DynamoDB rejects it as it should. The request recorder sees every request as the
 * code under test sent it, with all its writes.
 */
public final class UnprocessedItemsInjector implements ExecutionInterceptor {

    private static final int MAX_BATCH_WRITES = 25;
    private static final ExecutionAttribute<Map<String, List<WriteRequest>>> HELD_BACK =
            AttributeNames.attribute("heldBackWrites");

    private final int writesPerBatch;
    private final int faultyRequests;
    private int requestsSeen;
    private int heldBack;

    private UnprocessedItemsInjector(int writesPerBatch, int faultyRequests) {
        if (writesPerBatch < 1 || faultyRequests < 0) {
            throw new IllegalArgumentException("hold back at least one write, on zero or more requests");
        }
        this.writesPerBatch = writesPerBatch;
        this.faultyRequests = faultyRequests;
    }

    /** Holds back the last {@code writes} writes of the first BatchWriteItem request; see {@link #onFirst(int)}. */
    public static UnprocessedItemsInjector holdingBack(int writes) {
        return new UnprocessedItemsInjector(writes, 1);
    }

    /** Holds back writes on each of the first {@code requests} BatchWriteItem requests, and on none after them. */
    public UnprocessedItemsInjector onFirst(int requests) {
        return new UnprocessedItemsInjector(writesPerBatch, requests);
    }

    /** How many writes were held back so far, over all requests. */
    public synchronized int heldBack() {
        return heldBack;
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (!(context.request() instanceof BatchWriteItemRequest batch) || !nextRequestIsFaulty()) {
            return context.request();
        }
        List<Map.Entry<String, WriteRequest>> writes = new ArrayList<>();
        batch.requestItems().forEach((table, requests) -> requests.forEach(write -> writes.add(Map.entry(table, write))));
        int holdBack = Math.min(writesPerBatch, writes.size() - 1);
        if (writes.size() > MAX_BATCH_WRITES || holdBack < 1) {
            return batch;
        }
        int kept = writes.size() - holdBack;
        attributes.putAttribute(HELD_BACK, byTable(writes.subList(kept, writes.size())));
        synchronized (this) {
            heldBack += holdBack;
        }
        return batch.toBuilder().requestItems(byTable(writes.subList(0, kept))).build();
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        Map<String, List<WriteRequest>> held = attributes.getAttribute(HELD_BACK);
        if (held == null || !(context.response() instanceof BatchWriteItemResponse response)) {
            return context.response();
        }
        Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
        response.unprocessedItems().forEach((table, writes) -> unprocessed.put(table, new ArrayList<>(writes)));
        held.forEach((table, writes) -> unprocessed.computeIfAbsent(table, name -> new ArrayList<>()).addAll(writes));
        return response.toBuilder().unprocessedItems(unprocessed).build();
    }

    private synchronized boolean nextRequestIsFaulty() {
        return requestsSeen++ < faultyRequests;
    }

    private static Map<String, List<WriteRequest>> byTable(List<Map.Entry<String, WriteRequest>> writes) {
        Map<String, List<WriteRequest>> grouped = new LinkedHashMap<>();
        writes.forEach(write -> grouped.computeIfAbsent(write.getKey(), table -> new ArrayList<>()).add(write.getValue()));
        return grouped;
    }
}
