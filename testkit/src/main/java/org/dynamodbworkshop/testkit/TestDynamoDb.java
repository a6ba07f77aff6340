package org.dynamodbworkshop.testkit;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * One test's DynamoDB: its own table names, recorded clients for the code under test, and unrecorded clients for
 * the test's own set-up and checks. Everything it created is deleted when the test ends.
 */
public final class TestDynamoDb implements AutoCloseable {

    private final DynamoDbTarget target;
    private final TableNames names;
    private final RequestRecorder recorder;
    private final List<ExecutionInterceptor> extraInterceptors = new ArrayList<>();
    private final DynamoDbClient admin;
    private DynamoDbClient client;

    TestDynamoDb(DynamoDbTarget target) {
        this.target = target;
        this.names = new TableNames(target.tablePrefix());
        this.recorder = new RequestRecorder(names);
        this.admin = target.clientBuilder().build();
    }

    /** This test's name for a table, unique to the test: pass it to the code under test and to fixtures. */
    public String tableName(String logicalName) {
        return names.physicalName(logicalName);
    }

    /**
     * Adds an interceptor to the recorded client, for tests that inject faults; call it before {@link #client()}.
     */
    public TestDynamoDb intercept(ExecutionInterceptor interceptor) {
        if (client != null) {
            throw new IllegalStateException("Add interceptors before the recorded client is first used");
        }
        extraInterceptors.add(interceptor);
        return this;
    }

    /** The client to hand to the code under test: every request it makes is recorded. */
    public synchronized DynamoDbClient client() {
        if (client == null) {
            client = target.clientBuilder()
                    .overrideConfiguration(config -> {
                        config.addExecutionInterceptor(recorder);
                        extraInterceptors.forEach(config::addExecutionInterceptor);
                    })
                    .build();
        }
        return client;
    }

    /** The Enhanced Client over {@link #client()}: its requests are recorded too. */
    public DynamoDbEnhancedClient enhancedClient() {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(client()).build();
    }

    /** A client for the test's own set-up and checks; its requests are not recorded. */
    public DynamoDbClient admin() {
        return admin;
    }

    /** The name the test knows a table by ({@code Music}) for the unique name the test kit gave it. */
    String logicalName(String physicalName) {
        return names.logicalName(physicalName);
    }

    /** The Enhanced Client over {@link #admin()}. */
    public DynamoDbEnhancedClient adminEnhancedClient() {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(admin).build();
    }

    /** The requests the code under test has made so far. */
    public RequestLog requests() {
        return recorder.log();
    }

    /** Forgets the requests recorded so far, e.g. after a first call whose requests are not under test. */
    public void forgetRequests() {
        recorder.clear();
    }

    /**
     * Whether this runs on the test kit's own DynamoDB Local, where exact counts hold that real DynamoDB does not
     * promise (it may reject concurrent transactions with a TransactionConflictException).
     */
    public boolean isEmbeddedLocal() {
        return target.isEmbeddedLocal();
    }

    /** Waits until a table exists and is ACTIVE; immediate on DynamoDB Local. */
    public void awaitTableActive(String physicalName) {
        admin.waiter().waitUntilTableExists(request -> request.tableName(physicalName)).matched();
    }

    @Override
    public void close() {
        for (String table : names.physicalNames()) {
            try {
                admin.deleteTable(request -> request.tableName(table));
            } catch (ResourceNotFoundException alreadyGone) {
                // The test or the code under test deleted it, or never created it.
            }
        }
        if (client != null) {
            client.close();
        }
        admin.close();
    }
}
