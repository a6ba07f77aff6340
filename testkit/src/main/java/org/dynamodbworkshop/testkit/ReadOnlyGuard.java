package org.dynamodbworkshop.testkit;

import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Refuses the code under test any write to a shared read-only table, so that a wrong solution that writes cannot
 * change what the other tests read. The refusal is an {@link AssertionError}, which the code's own error handling
 * does not catch, and its message says why.
 */
final class ReadOnlyGuard implements ExecutionInterceptor {

    private static final Set<String> TABLE_AND_STATEMENT_CHANGES =
            Set.of("UpdateTable", "DeleteTable", "BatchExecuteStatement", "ExecuteTransaction");

    private final TableNames names;

    ReadOnlyGuard(TableNames names) {
        this.names = names;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (changesData(operation, context.request())) {
            sharedTableOf(context.request()).ifPresent(table -> {
                throw new AssertionError(operation + " on " + names.logicalName(table) + ": this test's "
                        + names.logicalName(table) + " table holds large data that the tests only read, and share;"
                        + " the exercise under test reads, and should not write anything.");
            });
        }
    }

    /** Writes of items, changes of the table, and PartiQL batches and transactions, which may hold writes. */
    private static boolean changesData(String operation, SdkRequest request) {
        return RecordedRequest.writes(operation, request) || TABLE_AND_STATEMENT_CHANGES.contains(operation);
    }

    private Optional<String> sharedTableOf(SdkRequest request) {
        Optional<String> named = RecordedRequest.touchedTables(request).stream().filter(names::isShared).findFirst();
        if (named.isPresent()) {
            return named;
        }
        // A PartiQL statement names its table in its text: the shared names are unique to the run.
        String text = request.toString();
        return names.sharedNames().stream().filter(text::contains).findFirst();
    }
}
