package org.dynamodbworkshop.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * One test's DynamoDB: its own table names, recorded clients for the code under test, and unrecorded clients for
 * the test's own set-up and checks. Everything it created is deleted when the test ends.
 */
public final class TestDynamoDb implements AutoCloseable {

    private static final int BATCH_WRITES = 25;

    private final DynamoDbTarget target;
    private final SharedTables shared;
    private final TableNames names;
    private final RequestRecorder recorder;
    private final List<ExecutionInterceptor> extraInterceptors = new ArrayList<>();
    private final DynamoDbClient admin;
    private final Map<String, KeySchemas.KeyNames> keys = new ConcurrentHashMap<>();
    private DynamoDbClient client;

    TestDynamoDb(DynamoDbTarget target, SharedTables shared) {
        this.target = target;
        this.shared = shared;
        this.names = new TableNames(target.tablePrefix());
        this.recorder = new RequestRecorder(names, this::keyOf);
        this.admin = target.clientBuilder().build();
    }

    /** This test's name for a table, unique to the test: pass it to the code under test and to fixtures. */
    public String tableName(String logicalName) {
        return names.physicalName(logicalName);
    }

    /**
     * A large table that tests only read, built by {@code load} (given the table's name, with {@link #admin()}) the
     * first time a test of the run asks for it, and shared by every test that names the same data set. The recorded
     * client refuses to write to it; it is deleted when the run ends.
     *
     * @param logicalName the name the learner knows the table by, as in {@link #tableName(String)}
     * @param dataSet names the data, e.g. {@code "2-pages-per-artist"}: letters, digits, '-' and '_'
     */
    public String sharedTable(String logicalName, String dataSet, Consumer<String> load) {
        String physical = shared.table(logicalName, dataSet, load);
        names.nameShared(physical, logicalName);
        return physical;
    }

    /**
     * Writes the items with the admin client, 25 a BatchWriteItem, sending again what DynamoDB leaves unprocessed
     * after a pause that doubles each time: for fixtures that load much data, such as a {@link #sharedTable}.
     */
    public void putAll(String physicalTable, List<Map<String, AttributeValue>> items) {
        for (int from = 0; from < items.size(); from += BATCH_WRITES) {
            List<WriteRequest> writes = items.subList(from, Math.min(items.size(), from + BATCH_WRITES)).stream()
                    .map(item -> WriteRequest.builder().putRequest(put -> put.item(item)).build())
                    .toList();
            Map<String, List<WriteRequest>> unprocessed = Map.of(physicalTable, writes);
            for (long pauseMillis = 10; !unprocessed.isEmpty(); pauseMillis *= 2) {
                Map<String, List<WriteRequest>> sent = unprocessed;
                unprocessed = admin.batchWriteItem(request -> request.requestItems(sent)).unprocessedItems();
                if (!unprocessed.isEmpty()) {
                    pause(pauseMillis);
                }
            }
        }
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
                        config.addExecutionInterceptor(new ReadOnlyGuard(names));
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

    /**
     * What the code under test read and wrote in this test, for the grade report's figures; empty where the test
     * measures nothing comparable: it injects faults (an {@link #intercept interceptor}) or the code sent requests
     * at once, from several threads, where DynamoDB decides which requests conflict.
     */
    public Optional<Usage> usage() {
        return extraInterceptors.isEmpty() && !recorder.sentConcurrently() ? Optional.of(recorder.usage())
                : Optional.empty();
    }

    /** What the code under test read and wrote in this test so far, measured or not. */
    Usage allRequestsUsage() {
        return recorder.usage();
    }

    /**
     * Leaves the requests recorded so far out of {@link #requests()}, e.g. after a first call whose requests are not
     * under test; {@link #usage()} still counts them.
     */
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

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading a table", e);
        }
    }

    /** The key of a table or index, read with the admin client once it exists; empty while there is none. */
    private Optional<KeySchemas.KeyNames> keyOf(String physicalTable, Optional<String> index) {
        String key = physicalTable + index.map(name -> "/" + name).orElse("");
        KeySchemas.KeyNames known = keys.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            TableDescription table = admin.describeTable(request -> request.tableName(physicalTable)).table();
            List<KeySchemaElement> schema = keySchema(table, index);
            Optional<KeySchemas.KeyNames> found = attributeOf(schema, KeyType.HASH)
                    .map(partitionKey -> new KeySchemas.KeyNames(partitionKey, attributeOf(schema, KeyType.RANGE)));
            found.ifPresent(names -> keys.put(key, names));
            return found;
        } catch (ResourceNotFoundException noSuchTable) {
            return Optional.empty();
        }
    }

    private static Optional<String> attributeOf(List<KeySchemaElement> schema, KeyType type) {
        return schema.stream().filter(element -> element.keyType() == type).map(KeySchemaElement::attributeName)
                .findFirst();
    }

    private static List<KeySchemaElement> keySchema(TableDescription table, Optional<String> index) {
        if (index.isEmpty()) {
            return table.keySchema();
        }
        return Stream.concat(
                        table.globalSecondaryIndexes().stream().filter(global -> global.indexName().equals(index.get()))
                                .map(GlobalSecondaryIndexDescription::keySchema),
                        table.localSecondaryIndexes().stream().filter(local -> local.indexName().equals(index.get()))
                                .map(LocalSecondaryIndexDescription::keySchema))
                .findFirst().orElse(List.of());
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
