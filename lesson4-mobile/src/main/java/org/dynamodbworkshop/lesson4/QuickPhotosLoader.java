package org.dynamodbworkshop.lesson4;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes items into the table as the tutorial's {@code bulk_load_table} script does: BatchWriteItem requests of at
 * most 25 items, sending again whatever DynamoDB returns as unprocessed, with a growing pause between attempts.
 *
 * <pre>{@code
 * new QuickPhotosLoader(dynamoDb, "quick-photos").load(QuickPhotosData.dataSet());
 * }</pre>
 */
public class QuickPhotosLoader {

    /** The most items one BatchWriteItem request may carry. */
    public static final int BATCH_SIZE = 25;

    private static final int MAX_ATTEMPTS = 10;
    private static final long FIRST_PAUSE_MILLIS = 50;
    private static final long MAX_PAUSE_MILLIS = 2_000;

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public QuickPhotosLoader(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    /**
     * Puts every item, in order, replacing items with the same key, and returns how many it wrote. Every item needs a
     * string {@code PK} and {@code SK}, as {@link QuickPhotosData} checks.
     *
     * @throws IllegalStateException if DynamoDB still leaves items unprocessed after several attempts
     */
    public int load(Collection<Map<String, AttributeValue>> items) {
        List<WriteRequest> batch = new ArrayList<>(BATCH_SIZE);
        Set<List<AttributeValue>> keysInBatch = new HashSet<>();
        for (Map<String, AttributeValue> item : items) {
            List<AttributeValue> key = List.of(item.get(QuickPhotosTable.PK), item.get(QuickPhotosTable.SK));
            // DynamoDB refuses a batch that writes one key twice; the later item wins, as with single puts.
            if (batch.size() == BATCH_SIZE || keysInBatch.contains(key)) {
                write(batch);
                batch = new ArrayList<>(BATCH_SIZE);
                keysInBatch.clear();
            }
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            keysInBatch.add(key);
        }
        if (!batch.isEmpty()) {
            write(batch);
        }
        return items.size();
    }

    private void write(List<WriteRequest> batch) {
        List<WriteRequest> pending = batch;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            List<WriteRequest> sending = pending;
            BatchWriteItemResponse response = dynamoDb.batchWriteItem(request -> request
                    .requestItems(Map.of(tableName, sending)));
            pending = response.unprocessedItems().getOrDefault(tableName, List.of());
            if (pending.isEmpty()) {
                return;
            }
            pause(attempt);
        }
        throw new IllegalStateException(pending.size() + " items were still unprocessed after " + MAX_ATTEMPTS
                + " BatchWriteItem attempts");
    }

    private static void pause(int attempt) {
        long millis = Math.min(MAX_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << (attempt - 1));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading items", e);
        }
    }
}
