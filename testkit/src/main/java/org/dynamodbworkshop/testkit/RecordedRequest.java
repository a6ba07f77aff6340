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
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * One request that the code under test sent to DynamoDB, with table names as the test knows them
 * ({@code Music}, not the unique name the test kit gave the table).
 *
 * @param operation the DynamoDB operation, as in the API reference ({@code Query}, {@code PutItem}, ...)
 * @param tables the tables the request touches, in alphabetical order
 * @param index the secondary index a Query or Scan reads, if any (a PartiQL SELECT's too)
 * @param runsAs for a PartiQL SELECT, the read DynamoDB runs it as: {@code Query} when its WHERE fixes the partition
 *     key, else {@code Scan}
 * @param keyConditionsOnly whether a PartiQL SELECT's WHERE is a Query's key condition and nothing more, so that it
 *     reads only what it returns
 * @param request the request as sent
 * @param response the response, or {@code null} if the request failed
 * @param consumed the capacity the request consumed, empty where DynamoDB reported none (a failed request, or a
 *     PartiQL statement on DynamoDB Local) or 0 for a read (DynamoDB Local, for a read that finds nothing, where AWS
 *     bills the minimum)
 * @param sentNanos when the code sent the request, in {@link System#nanoTime()}
 * @param answeredNanos when the response reached the code, in {@link System#nanoTime()}; {@link #UNANSWERED} if
 *     the request failed
 */
public record RecordedRequest(String operation, Set<String> tables, Optional<String> index,
                              Optional<String> runsAs, boolean keyConditionsOnly, SdkRequest request,
                              SdkResponse response,
                              Optional<Capacity> consumed, long sentNanos, long answeredNanos) {

    static final long UNANSWERED = Long.MIN_VALUE;

    private static final Set<String> WRITES =
            Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems");
    private static final Set<String> ITEM_OPERATIONS = Set.of("GetItem", "Query", "Scan", "BatchGetItem",
            "TransactGetItems", "ExecuteStatement", "BatchExecuteStatement", "ExecuteTransaction");

    static RecordedRequest of(String operation, SdkRequest request, TableNames names, KeySchemas keys) {
        if (request instanceof ExecuteStatementRequest statement) {
            return ofStatement(statement, names, keys);
        }
        Set<String> tables = new TreeSet<>();
        touchedTables(request).forEach(table -> tables.add(names.logicalName(table)));
        Optional<String> index = request.getValueForField("IndexName", String.class);
        // Sorted, so that a request over several tables reads the same in every run (Set.copyOf's order is not).
        return new RecordedRequest(operation, Collections.unmodifiableSet(tables), index, Optional.empty(), false,
                request, null, Optional.empty(), 0, UNANSWERED);
    }

    /** A PartiQL SELECT runs as a Query when its WHERE fixes the partition key of what it reads, else as a Scan. */
    private static RecordedRequest ofStatement(ExecuteStatementRequest request, TableNames names, KeySchemas keys) {
        Optional<PartiQlStatement> select = PartiQlStatement.parseSelect(request.statement());
        Set<String> tables = select.map(parsed -> Set.of(names.logicalName(parsed.table()))).orElse(Set.of());
        Optional<String> index = select.flatMap(PartiQlStatement::index);
        Optional<KeySchemas.KeyNames> key = select.flatMap(parsed -> keys.keyOf(parsed.table(), parsed.index()));
        Optional<String> runsAs = select.map(parsed -> key
                .filter(keyNames -> parsed.fixesPartitionKey(keyNames.partitionKey())).isPresent() ? "Query" : "Scan");
        boolean keyConditionsOnly = select.isPresent() && key.isPresent()
                && select.get().onlyKeyConditions(key.get().partitionKey(), key.get().sortKey());
        return new RecordedRequest("ExecuteStatement", tables, index, runsAs, keyConditionsOnly, request, null,
                Optional.empty(), 0, UNANSWERED);
    }

    RecordedRequest answered(SdkResponse sdkResponse, Optional<Capacity> capacity, long sent, long answered) {
        return new RecordedRequest(operation, tables, index, runsAs, keyConditionsOnly, request, sdkResponse, capacity,
                sent, answered);
    }

    /** Whether the request writes items: a PartiQL statement other than a SELECT counts as one. */
    public boolean writes() {
        return writes(operation, request);
    }

    /** Whether the request reads or writes items, rather than manage tables (which consumes no capacity). */
    public boolean touchesItems() {
        return WRITES.contains(operation) || ITEM_OPERATIONS.contains(operation);
    }

    /** Whether a request of this operation writes items, as {@link #writes()} says. */
    static boolean writes(String operation, SdkRequest request) {
        return WRITES.contains(operation) || request instanceof ExecuteStatementRequest statement
                && statementWrites(statement.statement());
    }

    /** Whether a PartiQL statement writes: anything but a SELECT (or EXISTS, which only a transaction takes). */
    private static boolean statementWrites(String statement) {
        String first = statement == null ? "" : statement.strip().split("[\\s(]", 2)[0];
        return !first.equalsIgnoreCase("SELECT") && !first.equalsIgnoreCase("EXISTS");
    }

    /** Read capacity units consumed; 0 where none were reported. */
    public double readUnits() {
        return consumed.map(Capacity::readUnits).orElse(0.0);
    }

    /**
     * How many items the request read before any filter: a Query's or Scan's {@code ScannedCount}; for a PartiQL
     * SELECT whose WHERE is a key condition only, the items it returned; empty where DynamoDB does not say.
     */
    public Optional<Integer> itemsRead() {
        Optional<Integer> scanned = responseField("ScannedCount", Integer.class);
        if (scanned.isPresent() || !keyConditionsOnly || !(response instanceof ExecuteStatementResponse statement)) {
            return scanned;
        }
        return Optional.of(statement.items().size());
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
        runsAs.ifPresent(read -> text.append(", a ").append(read));
        if (request instanceof BatchWriteItemRequest || request instanceof BatchGetItemRequest) {
            text.append(" (").append(size()).append(" items)");
        } else if (request instanceof TransactWriteItemsRequest || request instanceof TransactGetItemsRequest) {
            text.append(" (").append(size()).append(" actions)");
        }
        return text.toString();
    }

    /** The tables a request names, as sent; none for a PartiQL statement, whose tables are in its text. */
    static List<String> touchedTables(SdkRequest request) {
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
