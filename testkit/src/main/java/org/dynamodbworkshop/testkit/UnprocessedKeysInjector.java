package org.dynamodbworkshop.testkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Makes DynamoDB answer the first BatchGetItem requests only in part, as it does when a response would pass 16 MB
 * or a partition is busy: some keys are held back and come back as {@code UnprocessedKeys}, which the code under
 * test must ask for again.
 *
 * <p>Deterministic: the n-th BatchGetItem holds back the n-th count given, taking the last keys of each table's list
 * as the request names them, and always sends at least one key. Later requests pass unchanged. Use it before the
 * recorded client is first used:
 *
 * <pre>{@code
 * UnprocessedKeysInjector injector = UnprocessedKeysInjector.holdingBack(2, 1);
 * dynamo.intercept(injector);
 * ... code under test on dynamo.client() ...
 * assertThat(injector.heldBack()).isEqualTo(3);
 * }</pre>
 *
 * <p>The request recorder still sees each request as the code under test sent it, and each response with the held
 * back keys among its {@code UnprocessedKeys}.
 */
public final class UnprocessedKeysInjector implements ExecutionInterceptor {

    private static final ExecutionAttribute<Map<String, KeysAndAttributes>> HELD_BACK =
            AttributeNames.attribute("unprocessedKeysInjector.heldBack");

    private final Deque<Integer> holdBacks;
    private int heldBack;

    private UnprocessedKeysInjector(List<Integer> holdBacks) {
        this.holdBacks = new ArrayDeque<>(holdBacks);
    }

    /** Holds back this many keys of the first BatchGetItem, this many of the second, and so on. */
    public static UnprocessedKeysInjector holdingBack(int... keysPerRequest) {
        List<Integer> counts = new ArrayList<>();
        for (int count : keysPerRequest) {
            if (count < 0) {
                throw new IllegalArgumentException("Cannot hold back " + count + " keys");
            }
            counts.add(count);
        }
        return new UnprocessedKeysInjector(counts);
    }

    /** How many keys were held back so far, over all requests. */
    public synchronized int heldBack() {
        return heldBack;
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (!(context.request() instanceof BatchGetItemRequest request)) {
            return context.request();
        }
        int count = nextHoldBack();
        if (count == 0) {
            return request;
        }
        Map<String, KeysAndAttributes> kept = new LinkedHashMap<>(request.requestItems());
        Map<String, KeysAndAttributes> held = new TreeMap<>();
        // DynamoDB rejects a BatchGetItem without keys: at least one key is always sent.
        int remaining = Math.min(count, totalKeys(request) - 1);
        List<String> tables = new ArrayList<>(kept.keySet());
        for (int t = tables.size() - 1; t >= 0 && remaining > 0; t--) {
            String table = tables.get(t);
            KeysAndAttributes keys = kept.get(table);
            int keep = Math.max(keys.keys().size() - remaining, 0);
            List<Map<String, AttributeValue>> holding = keys.keys().subList(keep, keys.keys().size());
            if (holding.isEmpty()) {
                continue;
            }
            held.put(table, keys.toBuilder().keys(holding).build());
            if (keep == 0) {
                kept.remove(table);
            } else {
                kept.put(table, keys.toBuilder().keys(keys.keys().subList(0, keep)).build());
            }
            remaining -= holding.size();
        }
        if (held.isEmpty()) {
            return request;
        }
        record(held.values().stream().mapToInt(keys -> keys.keys().size()).sum());
        attributes.putAttribute(HELD_BACK, held);
        return request.toBuilder().requestItems(kept).build();
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        Map<String, KeysAndAttributes> held = attributes.getAttribute(HELD_BACK);
        if (held == null || !(context.response() instanceof BatchGetItemResponse response)) {
            return context.response();
        }
        Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>(response.unprocessedKeys());
        held.forEach((table, keys) -> unprocessed.merge(table, keys, (already, more) -> {
            List<Map<String, AttributeValue>> both = new ArrayList<>(already.keys());
            both.addAll(more.keys());
            return already.toBuilder().keys(both).build();
        }));
        return response.toBuilder().unprocessedKeys(unprocessed).build();
    }

    private synchronized int nextHoldBack() {
        Integer next = holdBacks.poll();
        return next == null ? 0 : next;
    }

    private synchronized void record(int count) {
        heldBack += count;
    }

    private static int totalKeys(BatchGetItemRequest request) {
        return request.requestItems().values().stream().mapToInt(keys -> keys.keys().size()).sum();
    }
}
