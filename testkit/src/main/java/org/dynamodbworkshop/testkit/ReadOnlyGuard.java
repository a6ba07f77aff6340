package org.dynamodbworkshop.testkit;

import java.util.Optional;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;

/**
 * Refuses the code under test any write to a shared read-only table, so that a wrong solution that writes cannot
 * change what the other tests read. The refusal is an {@link AssertionError}, which the code's own error handling
 * does not catch, and its message says why.
 */
final class ReadOnlyGuard implements ExecutionInterceptor {

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

    private static boolean changesData(String operation, SdkRequest request) {
        return switch (operation) {
            case "PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems", "UpdateTable",
                    "DeleteTable", "BatchExecuteStatement", "ExecuteTransaction" -> true;
            case "ExecuteStatement" -> RecordedRequest.statementWrites(((ExecuteStatementRequest) request).statement());
            default -> false;
        };
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
