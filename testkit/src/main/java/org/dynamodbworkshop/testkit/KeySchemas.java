package org.dynamodbworkshop.testkit;

import java.util.Optional;

/** Finds the partition key of a table or of one of its indexes, to judge how DynamoDB runs a PartiQL SELECT. */
@FunctionalInterface
interface KeySchemas {

    /** Knows no key: every PartiQL SELECT then counts as a Scan. */
    KeySchemas NONE = (table, index) -> Optional.empty();

    /** The partition key attribute, or empty if the table or index does not exist. */
    Optional<String> partitionKey(String physicalTable, Optional<String> index);
}
