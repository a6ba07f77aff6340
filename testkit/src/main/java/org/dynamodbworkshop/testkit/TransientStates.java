package org.dynamodbworkshop.testkit;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;

/**
 * Makes DynamoDB Local pass through the states that AWS takes time over, on the recorded client, so that code which
 * does not wait, or waits for the wrong thing, fails here as it would on AWS. Deterministic: a state lasts for a
 * number of DescribeTable requests, not for a time.
 *
 * <ul>
 *   <li>A table the code creates is {@code CREATING}; any request to it but DescribeTable and DeleteTable fails with
 *   a {@code ResourceNotFoundException}, as on AWS, until a DescribeTable has shown it {@code ACTIVE}.</li>
 *   <li>An index the code adds is {@code CREATING} and backfilling (the table {@code UPDATING} at first, then
 *   {@code ACTIVE}: waiting for the table is not waiting for the index); a Query or Scan of it fails with a
 *   {@code ValidationException}, as on AWS, until a DescribeTable has shown it {@code ACTIVE}.</li>
 *   <li>A table the code deletes is {@code DELETING} before DescribeTable finds it gone.</li>
 * </ul>
 *
 * <pre>{@code
 * TransientStates states = TransientStates.lasting(3);
 * dynamo.intercept(states);                 // before the first dynamo.client()
 * ...
 * states.reportedActive(tableName, "CategoryIndex");   // did the code see the index ACTIVE?
 * }</pre>
 *
 * <p>Table names here are the names the requests carry, i.e. {@code dynamo.tableName("Books")}. Against AWS the
 * states are real and last longer; the simulated ones only add to them.
 */
public final class TransientStates implements ExecutionInterceptor {

    private static final int BAD_REQUEST = 400;
    private static final int OK = 200;
    private static final ExecutionAttribute<String> DELETING_TABLE = AttributeNames.attribute("deletingTable");

    private final int describes;
    private final boolean onlyPlayed;
    private final Map<String, State> states = new HashMap<>();

    private TransientStates(int describes, boolean onlyPlayed) {
        if (describes < 0) {
            throw new IllegalArgumentException("the number of DescribeTable requests cannot be negative");
        }
        this.describes = describes;
        this.onlyPlayed = onlyPlayed;
    }

    /** Each state lasts for the first {@code describeTableRequests} DescribeTable requests after it began. */
    public static TransientStates lasting(int describeTableRequests) {
        return new TransientStates(describeTableRequests, false);
    }

    /**
     * As {@link #lasting}, and an index is ACTIVE as soon as its played state ends, whatever the DynamoDB says: for
     * the test kit's own DynamoDB Local, which fills an index at once but still shows it CREATING for about a second
     * (and serves Queries of it all the while). Nowhere else: a real index is not ready before DynamoDB says so.
     */
    public static TransientStates lastingOnLocal(int describeTableRequests) {
        return new TransientStates(describeTableRequests, true);
    }

    /** Whether the code created this table, or added this index. */
    public synchronized boolean started(String tableName, Optional<String> indexName) {
        return states.containsKey(key(tableName, indexName));
    }

    /** Whether a DescribeTable has shown the code this table ACTIVE after it created it. */
    public synchronized boolean reportedActive(String tableName) {
        return reported(key(tableName, Optional.empty()));
    }

    /** Whether a DescribeTable has shown the code this index ACTIVE after it added it, so that it may query it. */
    public synchronized boolean reportedActive(String tableName, String indexName) {
        return reported(key(tableName, Optional.of(indexName)));
    }

    /** Whether a DescribeTable has shown the code that this table, which it deleted, is gone. */
    public synchronized boolean reportedGone(String tableName) {
        return reported(key(tableName, Optional.empty()));
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        if (request instanceof DescribeTableRequest || request instanceof DeleteTableRequest
                || request instanceof CreateTableRequest) {
            return;
        }
        Optional<String> index = request.getValueForField("IndexName", String.class);
        for (String table : RecordedRequest.touchedTables(request)) {
            if (pending(key(table, Optional.empty()), Kind.CREATE_TABLE)) {
                throw notFound(table);
            }
            if (index.isPresent() && pending(key(table, index), Kind.ADD_INDEX)) {
                throw backfillingIndex(index.get());
            }
        }
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        SdkResponse response = context.response();
        if (request instanceof CreateTableRequest create && response instanceof CreateTableResponse created) {
            begin(create.tableName(), Optional.empty(), Kind.CREATE_TABLE);
            return created.toBuilder().tableDescription(withStatus(created.tableDescription(), TableStatus.CREATING))
                    .build();
        }
        if (request instanceof UpdateTableRequest update && response instanceof UpdateTableResponse updated) {
            update.globalSecondaryIndexUpdates().stream()
                    .filter(change -> change.create() != null)
                    .forEach(change -> begin(update.tableName(), Optional.of(change.create().indexName()),
                            Kind.ADD_INDEX));
            return updated.tableDescription() == null ? updated
                    : updated.toBuilder().tableDescription(report(updated.tableDescription(), false)).build();
        }
        if (request instanceof DeleteTableRequest delete) {
            begin(delete.tableName(), Optional.empty(), Kind.DELETE_TABLE);
        }
        if (response instanceof DescribeTableResponse described && described.table() != null) {
            return described.toBuilder().table(report(described.table(), true)).build();
        }
        return response;
    }

    /**
     * DynamoDB Local has deleted the table at once, so its DescribeTable answers "not found": while the table is to
     * be DELETING, that answer becomes a description of a DELETING table.
     */
    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        SdkHttpResponse response = context.httpResponse();
        if (!(context.request() instanceof DescribeTableRequest describe) || response.statusCode() != BAD_REQUEST) {
            return response;
        }
        if (!stillDeleting(describe.tableName())) {
            return response;
        }
        attributes.putAttribute(DELETING_TABLE, describe.tableName());
        // The body changes, so the checksum of the original body would no longer match it.
        return response.toBuilder().statusCode(OK).removeHeader("x-amz-crc32").build();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                           ExecutionAttributes attributes) {
        String deleting = attributes.getAttribute(DELETING_TABLE);
        if (deleting == null) {
            return context.responseBody();
        }
        String body = "{\"Table\":{\"TableName\":\"" + deleting + "\",\"TableStatus\":\"DELETING\"}}";
        return Optional.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private synchronized void begin(String tableName, Optional<String> indexName, Kind kind) {
        states.put(key(tableName, indexName), new State(kind, describes));
    }

    private synchronized boolean reported(String key) {
        State state = states.get(key);
        return state != null && state.reported;
    }

    private synchronized boolean pending(String key, Kind kind) {
        State state = states.get(key);
        return state != null && state.kind == kind && !state.reported;
    }

    /** Counts a DescribeTable of a deleted table: DELETING while the state lasts, then gone. */
    private synchronized boolean stillDeleting(String tableName) {
        State state = states.get(key(tableName, Optional.empty()));
        if (state == null || state.kind != Kind.DELETE_TABLE) {
            return false;
        }
        if (state.describesLeft > 0) {
            state.describesLeft--;
            return true;
        }
        state.reported = true;
        return false;
    }

    /** The table as the code under test is to see it; a DescribeTable counts towards the end of each state. */
    private synchronized TableDescription report(TableDescription table, boolean describeTable) {
        TableDescription reported = table;
        State creating = states.get(key(table.tableName(), Optional.empty()));
        if (creating != null && creating.kind == Kind.CREATE_TABLE && !creating.reported && describeTable) {
            if (creating.describesLeft > 0) {
                creating.describesLeft--;
                reported = withStatus(reported, TableStatus.CREATING);
            } else if (table.tableStatus() == TableStatus.ACTIVE) {
                creating.reported = true;
            }
        }
        if (!table.hasGlobalSecondaryIndexes()) {
            return reported;
        }
        boolean updating = false;
        List<GlobalSecondaryIndexDescription> indexes = new ArrayList<>();
        for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
            State adding = states.get(key(table.tableName(), Optional.of(index.indexName())));
            GlobalSecondaryIndexDescription shown = index;
            if (adding != null && !adding.reported) {
                // The table is UPDATING at first, then ACTIVE while the index still fills.
                updating |= !describeTable || adding.describesLeft == describes && describes > 0;
                shown = showIndex(adding, index, describeTable);
            }
            indexes.add(shown);
        }
        reported = reported.toBuilder().globalSecondaryIndexes(indexes).build();
        return updating ? withStatus(reported, TableStatus.UPDATING) : reported;
    }

    private GlobalSecondaryIndexDescription showIndex(State adding, GlobalSecondaryIndexDescription index,
                                                      boolean describeTable) {
        if (!describeTable) {
            return creating(index);
        }
        if (adding.describesLeft > 0) {
            adding.describesLeft--;
            return creating(index);
        }
        if (onlyPlayed) {
            adding.reported = true;
            return index.toBuilder().indexStatus(IndexStatus.ACTIVE).backfilling(false).build();
        }
        if (index.indexStatus() == IndexStatus.ACTIVE) {
            adding.reported = true;
        }
        return index;
    }

    private static TableDescription withStatus(TableDescription table, TableStatus status) {
        return table == null ? null : table.toBuilder().tableStatus(status).build();
    }

    private static GlobalSecondaryIndexDescription creating(GlobalSecondaryIndexDescription index) {
        return index.toBuilder().indexStatus(IndexStatus.CREATING).backfilling(true).build();
    }

    private static ResourceNotFoundException notFound(String tableName) {
        String message = "Requested resource not found: Table: " + tableName + " not found";
        return (ResourceNotFoundException) ResourceNotFoundException.builder()
                .message(message)
                .statusCode(BAD_REQUEST)
                .awsErrorDetails(errorDetails("ResourceNotFoundException", message))
                .build();
    }

    private static DynamoDbException backfillingIndex(String indexName) {
        String message = "Cannot read from backfilling global secondary index: " + indexName;
        return (DynamoDbException) DynamoDbException.builder()
                .message(message)
                .statusCode(BAD_REQUEST)
                .awsErrorDetails(errorDetails("ValidationException", message))
                .build();
    }

    private static AwsErrorDetails errorDetails(String code, String message) {
        return AwsErrorDetails.builder()
                .errorCode(code)
                .errorMessage(message)
                .serviceName("DynamoDb")
                .sdkHttpResponse(SdkHttpResponse.builder().statusCode(BAD_REQUEST).build())
                .build();
    }

    private static String key(String tableName, Optional<String> indexName) {
        return tableName + indexName.map(index -> "\u0000" + index).orElse("");
    }

    private enum Kind { CREATE_TABLE, ADD_INDEX, DELETE_TABLE }

    private static final class State {
        private final Kind kind;
        private int describesLeft;
        private boolean reported;

        State(Kind kind, int describes) {
            this.kind = kind;
            this.describesLeft = describes;
        }
    }
}
