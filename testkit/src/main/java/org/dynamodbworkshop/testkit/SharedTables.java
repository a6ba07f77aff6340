package org.dynamodbworkshop.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Large read-only data sets that the tests of a run share: each is built once, on first use, and deleted when the
 * run ends. A test's recorded client refuses writes to them (see {@link TestDynamoDb#sharedTable}), so that a wrong
 * solution that writes cannot change what another test reads.
 */
final class SharedTables implements AutoCloseable {

    private final DynamoDbTarget target;
    // Unique per run, for a server that outlives the run (the watch mode's) or that several runs share.
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> built = new LinkedHashMap<>();

    SharedTables(DynamoDbTarget target) {
        this.target = target;
    }

    /** The physical name of the data set's table, built by {@code load} on first use. */
    synchronized String table(String logicalName, String dataSet, Consumer<String> load) {
        return built.computeIfAbsent(logicalName + "/" + dataSet, key -> {
            String physical = target.tablePrefix() + logicalName + "-shared-" + dataSet + "-" + runId;
            load.accept(physical);
            return physical;
        });
    }

    @Override
    public synchronized void close() {
        try (DynamoDbClient admin = target.clientBuilder().build()) {
            for (String table : built.values()) {
                try {
                    admin.deleteTable(request -> request.tableName(table));
                } catch (ResourceNotFoundException alreadyGone) {
                    // Deleted with the server's other tables already.
                }
            }
        }
        built.clear();
    }
}
