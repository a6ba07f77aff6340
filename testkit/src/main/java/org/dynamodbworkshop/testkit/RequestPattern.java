package org.dynamodbworkshop.testkit;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Describes requests a budget counts: an operation on a table, optionally on a secondary index.
 *
 * <p>{@code query("Music")} matches a Query on the table itself; {@code query("Music").onIndex("AlbumTitle-index")}
 * one on that index.
 */
public final class RequestPattern {

    private final String operation;
    private final String table;
    private final Optional<String> index;

    private RequestPattern(String operation, String table, Optional<String> index) {
        this.operation = operation;
        this.table = table;
        this.index = index;
    }

    /** Any operation by its API name, for the few that have no shortcut below. */
    public static RequestPattern operation(String operation, String table) {
        return new RequestPattern(operation, table, Optional.empty());
    }

    public static RequestPattern createTable(String table) {
        return operation("CreateTable", table);
    }

    public static RequestPattern describeTable(String table) {
        return operation("DescribeTable", table);
    }

    public static RequestPattern updateTable(String table) {
        return operation("UpdateTable", table);
    }

    public static RequestPattern deleteTable(String table) {
        return operation("DeleteTable", table);
    }

    public static RequestPattern putItem(String table) {
        return operation("PutItem", table);
    }

    public static RequestPattern getItem(String table) {
        return operation("GetItem", table);
    }

    public static RequestPattern updateItem(String table) {
        return operation("UpdateItem", table);
    }

    public static RequestPattern deleteItem(String table) {
        return operation("DeleteItem", table);
    }

    public static RequestPattern query(String table) {
        return operation("Query", table);
    }

    public static RequestPattern scan(String table) {
        return operation("Scan", table);
    }

    public static RequestPattern batchWriteItem(String table) {
        return operation("BatchWriteItem", table);
    }

    public static RequestPattern batchGetItem(String table) {
        return operation("BatchGetItem", table);
    }

    public static RequestPattern transactWriteItems(String table) {
        return operation("TransactWriteItems", table);
    }

    /** The same request, but on a secondary index of the table. */
    public RequestPattern onIndex(String indexName) {
        return new RequestPattern(operation, table, Optional.of(indexName));
    }

    /**
     * Whether a request is one of these, e.g. for {@link RequestLog#pausedAfter}. A PartiQL SELECT counts as the
     * Query or Scan DynamoDB runs it as.
     */
    public Predicate<RecordedRequest> matcher() {
        return request -> (request.operation().equals(operation) || request.runsAs().equals(Optional.of(operation)))
                && request.tables().contains(table)
                && request.index().equals(index);
    }

    @Override
    public String toString() {
        return operation + " on " + table + index.map(name -> " (index " + name + ")").orElse("");
    }
}
