package org.dynamodbworkshop.lesson4;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Plays a crash of the app: the first write request goes through, every later one fails before it is sent, as if
 * the process had died in between. Code that writes related items in one transaction is not affected; code that
 * writes them in separate requests leaves the first write alone in the table.
 */
final class CrashAfterFirstWrite implements ExecutionInterceptor {

    private static final Set<String> WRITES =
            Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems");

    private final AtomicInteger writes = new AtomicInteger();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (WRITES.contains(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
                && writes.incrementAndGet() > 1) {
            throw new SimulatedCrash();
        }
    }

    /** The crash, thrown instead of sending the second write request. */
    static final class SimulatedCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("The app crashed after its first write request (simulated by the test)");
        }
    }
}
