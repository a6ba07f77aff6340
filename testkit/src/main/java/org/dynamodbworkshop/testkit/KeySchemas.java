package org.dynamodbworkshop.testkit;

import java.util.Optional;

/** Finds the key of a table or of one of its indexes, to judge how DynamoDB runs a PartiQL SELECT. */
@FunctionalInterface
interface KeySchemas {

    /** Knows no key: every PartiQL SELECT then counts as a Scan. */
    KeySchemas NONE = (table, index) -> Optional.empty();

    /** The key's attributes, or empty if the table or index does not exist. */
    Optional<KeyNames> keyOf(String physicalTable, Optional<String> index);

    /**
     * The names of a key's attributes.
     *
     * @param partitionKey the partition (HASH) key
     * @param sortKey the sort (RANGE) key, if the key has one
     */
    record KeyNames(String partitionKey, Optional<String> sortKey) {
    }
}
