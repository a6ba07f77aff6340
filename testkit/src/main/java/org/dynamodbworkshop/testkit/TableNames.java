package org.dynamodbworkshop.testkit;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives each test its own table names, so tests never share state and can run in parallel, and translates them
 * back to the names a learner knows when a request is described.
 */
final class TableNames {

    private final String prefix;
    private final String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> logicalByPhysical = new ConcurrentHashMap<>();
    private final Map<String, String> sharedByPhysical = new ConcurrentHashMap<>();

    TableNames(String prefix) {
        this.prefix = prefix;
    }

    String physicalName(String logicalName) {
        String physical = prefix + logicalName + suffix;
        logicalByPhysical.put(physical, logicalName);
        return physical;
    }

    /** Names a shared read-only table (see {@link SharedTables}), which the test reads but does not delete. */
    void nameShared(String physicalName, String logicalName) {
        sharedByPhysical.put(physicalName, logicalName);
    }

    boolean isShared(String physicalName) {
        return sharedByPhysical.containsKey(physicalName);
    }

    Set<String> sharedNames() {
        return Set.copyOf(sharedByPhysical.keySet());
    }

    String logicalName(String physicalName) {
        return logicalByPhysical.getOrDefault(physicalName, sharedByPhysical.getOrDefault(physicalName, physicalName));
    }

    /** The tables the test named itself, which it deletes when it ends. */
    Set<String> physicalNames() {
        return Set.copyOf(logicalByPhysical.keySet());
    }
}
