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

    TableNames(String prefix) {
        this.prefix = prefix;
    }

    String physicalName(String logicalName) {
        String physical = prefix + logicalName + suffix;
        logicalByPhysical.put(physical, logicalName);
        return physical;
    }

    String logicalName(String physicalName) {
        return logicalByPhysical.getOrDefault(physicalName, physicalName);
    }

    Set<String> physicalNames() {
        return Set.copyOf(logicalByPhysical.keySet());
    }
}
