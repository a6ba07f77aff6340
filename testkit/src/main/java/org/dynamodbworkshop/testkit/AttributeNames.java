package org.dynamodbworkshop.testkit;

import software.amazon.awssdk.core.interceptor.ExecutionAttribute;

/**
 * The test kit's execution attributes. The SDK refuses to create two attributes of one name in a JVM, and the watch
 * mode loads the test kit afresh for each run over SDK classes loaded once: each load of the test kit names its
 * attributes apart.
 */
final class AttributeNames {

    private static final String THIS_LOAD = Integer.toHexString(System.identityHashCode(AttributeNames.class));

    private AttributeNames() {
    }

    static <T> ExecutionAttribute<T> attribute(String name) {
        return new ExecutionAttribute<>("workshop." + name + "@" + THIS_LOAD);
    }
}
