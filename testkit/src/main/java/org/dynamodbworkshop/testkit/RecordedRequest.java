package org.dynamodbworkshop.testkit;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * One request that the code under test sent to DynamoDB, with table names as the test knows them
 * ({@code Music}, not the unique name the test kit gave the table).
 *
 * @param operation the DynamoDB operation, as in the API reference ({@code Query}, {@code PutItem}, ...)
 * @param tables the tables the request touches, in alphabetical order
 * @param index the secondary index a Query or Scan reads, if any
 * @param request the request as sent
 * @param response the response, or {@code null} if the request failed
 * @param sentNanos when the code sent the request, in {@link System#nanoTime()}
 * @param answeredNanos when the response reached the code, in {@link System#nanoTime()}; {@link #UNANSWERED} if
 *     the request failed
 */
public record RecordedRequest(String operation, Set<String> tables, Optional<String> index, SdkRequest request,
                              SdkResponse response, long sentNanos, long answeredNanos) {

    static final long UNANSWERED = Long.MIN_VALUE;

    static RecordedRequest of(String operation, SdkRequest request, TableNames names) {
        Set<String> tables = new TreeSet<>();
        touchedTables(request).forEach(table -> tables.add(names.logicalName(table)));
        Optional<String> index = request.getValueForField("IndexName", String.class);
        // Sorted, so that a request over several tables reads the same in every run (Set.copyOf's order is not).
        return new RecordedRequest(operation, Collections.unmodifiableSet(tables), index, request, null, 0,
                UNANSWERED);
    }

    RecordedRequest answered(SdkResponse sdkResponse, long sent, long answered) {
        return new RecordedRequest(operation, tables, index, request, sdkResponse, sent, answered);
    }

    /** The request, typed; for checks beyond the budget such as {@code ScanRequest::select}. */
    public <T extends SdkRequest> T requestAs(Class<T> type) {
        return type.cast(request);
    }

    /** A field of the response such as {@code Count} or {@code ScannedCount}; empty if the request failed. */
    public <T> Optional<T> responseField(String field, Class<T> type) {
        return response == null ? Optional.empty() : response.getValueForField(field, type);
    }

    /** Items or actions carried by a batch or transaction request; 1 for any other request. */
    public int size() {
        if (request instanceof BatchWriteItemRequest batch) {
            return batch.requestItems().values().stream().mapToInt(List::size).sum();
        }
        if (request instanceof BatchGetItemRequest batch) {
            return batch.requestItems().values().stream().mapToInt(keys -> keys.keys().size()).sum();
        }
        if (request instanceof TransactWriteItemsRequest transaction) {
            return transaction.transactItems().size();
        }
        if (request instanceof TransactGetItemsRequest transaction) {
            return transaction.transactItems().size();
        }
        return 1;
    }

    /** Reads like "Query on Music (index AlbumTitle-index)" or "BatchWriteItem on Books (25 items)". */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(operation);
        if (!tables.isEmpty()) {
            text.append(" on ").append(String.join(", ", tables));
        }
        index.ifPresent(name -> text.append(" (index ").append(name).append(')'));
        if (request instanceof BatchWriteItemRequest || request instanceof BatchGetItemRequest) {
            text.append(" (").append(size()).append(" items)");
        } else if (request instanceof TransactWriteItemsRequest || request instanceof TransactGetItemsRequest) {
            text.append(" (").append(size()).append(" actions)");
        }
        return text.toString();
    }

    private static List<String> touchedTables(SdkRequest request) {
        if (request instanceof BatchWriteItemRequest batch) {
            return List.copyOf(batch.requestItems().keySet());
        }
        if (request instanceof BatchGetItemRequest batch) {
            return List.copyOf(batch.requestItems().keySet());
        }
        if (request instanceof TransactWriteItemsRequest transaction) {
            return transaction.transactItems().stream().map(RecordedRequest::tableOf).distinct().toList();
        }
        if (request instanceof TransactGetItemsRequest transaction) {
            return transaction.transactItems().stream().map(item -> item.get().tableName()).distinct().toList();
        }
        return request.getValueForField("TableName", String.class).map(List::of).orElse(List.of());
    }

    private static String tableOf(TransactWriteItem item) {
        if (item.put() != null) {
            return item.put().tableName();
        }
        if (item.update() != null) {
            return item.update().tableName();
        }
        if (item.delete() != null) {
            return item.delete().tableName();
        }
        return item.conditionCheck().tableName();
    }
}
