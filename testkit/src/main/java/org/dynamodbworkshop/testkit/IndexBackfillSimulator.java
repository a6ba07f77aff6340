package org.dynamodbworkshop.testkit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;

/**
 * Makes a global secondary index added with UpdateTable take a while to fill, as it does on AWS.
 *
 * <p>DynamoDB Local makes a new index ACTIVE at once, so code that never waits for the backfill would pass there and
 * fail on AWS. With this interceptor on the recorded client, DescribeTable reports an index the code under test added
 * as {@code CREATING} (and backfilling) for the first few DescribeTable requests after the UpdateTable, and the real
 * status after that. Until a DescribeTable has reported the index {@code ACTIVE}, a Query or Scan of the index fails
 * as on AWS: a {@code DynamoDbException} with the error code {@code ValidationException} and status 400, which the
 * SDK does not retry. Deterministic: it counts requests, not time.
 *
 * <pre>{@code
 * IndexBackfillSimulator backfill = IndexBackfillSimulator.creatingFor(2);
 * dynamo.intercept(backfill);               // before the first dynamo.client()
 * ...
 * backfill.reportedActive(tableName, "CategoryIndex");   // did the code see the index ACTIVE?
 * }</pre>
 *
 * <p>Table names here are the names the requests carry, i.e. {@code dynamo.tableName("Books")}.
 */
public final class IndexBackfillSimulator implements ExecutionInterceptor {

    private static final int BAD_REQUEST = 400;

    private final int creatingDescribes;
    private final Map<String, Backfill> backfills = new HashMap<>();

    private IndexBackfillSimulator(int creatingDescribes) {
        if (creatingDescribes < 0) {
            throw new IllegalArgumentException("the number of DescribeTable requests cannot be negative");
        }
        this.creatingDescribes = creatingDescribes;
    }

    /** A new index is reported CREATING by the first {@code describeTableRequests} DescribeTable requests. */
    public static IndexBackfillSimulator creatingFor(int describeTableRequests) {
        return new IndexBackfillSimulator(describeTableRequests);
    }

    /** Whether an UpdateTable of the code under test added this index to this table. */
    public synchronized boolean added(String tableName, String indexName) {
        return backfills.containsKey(key(tableName, indexName));
    }

    /** Whether a DescribeTable has shown the code under test this index as ACTIVE, so that it may query it. */
    public synchronized boolean reportedActive(String tableName, String indexName) {
        Backfill backfill = backfills.get(key(tableName, indexName));
        return backfill != null && backfill.reportedActive;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        Optional<String> read = Optional.empty();
        if (request instanceof QueryRequest query && query.indexName() != null) {
            read = Optional.of(key(query.tableName(), query.indexName()));
        } else if (request instanceof ScanRequest scan && scan.indexName() != null) {
            read = Optional.of(key(scan.tableName(), scan.indexName()));
        }
        if (read.isPresent() && stillBackfilling(read.get())) {
            throw backfillingIndex(request.getValueForField("IndexName", String.class).orElseThrow());
        }
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        if (context.request() instanceof UpdateTableRequest update
                && context.response() instanceof UpdateTableResponse response) {
            update.globalSecondaryIndexUpdates().stream()
                    .filter(change -> change.create() != null)
                    .forEach(change -> startBackfill(update.tableName(), change.create().indexName()));
            return response.tableDescription() == null ? response
                    : response.toBuilder().tableDescription(report(response.tableDescription(), false)).build();
        }
        if (context.response() instanceof DescribeTableResponse response && response.table() != null) {
            return response.toBuilder().table(report(response.table(), true)).build();
        }
        return context.response();
    }

    private synchronized void startBackfill(String tableName, String indexName) {
        backfills.put(key(tableName, indexName), new Backfill(creatingDescribes));
    }

    private synchronized boolean stillBackfilling(String key) {
        Backfill backfill = backfills.get(key);
        return backfill != null && !backfill.reportedActive;
    }

    /** The table as the code under test is to see it; a DescribeTable counts towards the end of the backfill. */
    private synchronized TableDescription report(TableDescription table, boolean describeTable) {
        if (!table.hasGlobalSecondaryIndexes()) {
            return table;
        }
        return table.toBuilder().globalSecondaryIndexes(table.globalSecondaryIndexes().stream()
                .map(index -> report(table.tableName(), index, describeTable))
                .toList()).build();
    }

    private GlobalSecondaryIndexDescription report(String tableName, GlobalSecondaryIndexDescription index,
                                                   boolean describeTable) {
        Backfill backfill = backfills.get(key(tableName, index.indexName()));
        if (backfill == null || backfill.reportedActive) {
            return index;
        }
        if (!describeTable) {
            return creating(index);
        }
        if (backfill.creatingDescribesLeft > 0) {
            backfill.creatingDescribesLeft--;
            return creating(index);
        }
        if (index.indexStatus() == IndexStatus.ACTIVE) {
            backfill.reportedActive = true;
        }
        return index;
    }

    private static GlobalSecondaryIndexDescription creating(GlobalSecondaryIndexDescription index) {
        return index.toBuilder().indexStatus(IndexStatus.CREATING).backfilling(true).build();
    }

    private static DynamoDbException backfillingIndex(String indexName) {
        String message = "Cannot read from backfilling global secondary index: " + indexName;
        return (DynamoDbException) DynamoDbException.builder()
                .message(message)
                .statusCode(BAD_REQUEST)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("ValidationException")
                        .errorMessage(message)
                        .serviceName("DynamoDb")
                        .sdkHttpResponse(SdkHttpResponse.builder().statusCode(BAD_REQUEST).build())
                        .build())
                .build();
    }

    private static String key(String tableName, String indexName) {
        return tableName + "\u0000" + indexName;
    }

    private static final class Backfill {
        private int creatingDescribesLeft;
        private boolean reportedActive;

        Backfill(int creatingDescribes) {
            this.creatingDescribesLeft = creatingDescribes;
        }
    }
}
