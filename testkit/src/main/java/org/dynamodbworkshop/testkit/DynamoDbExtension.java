package org.dynamodbworkshop.testkit;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Hands each test its own {@link TestDynamoDb} and turns failures into messages that send the learner to the hint.
 *
 * <p>The {@link DynamoDbTarget} is started once per JVM, when a test run opens (see {@link WarmUp}) or on first use.
 */
public final class DynamoDbExtension implements ParameterResolver, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DynamoDbExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDynamoDb.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The root store closes the shared tables when the run ends, and each test's DynamoDB when the test ends.
        SharedTables shared = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(SharedTables.class,
                key -> new SharedTables(DynamoDbTarget.shared()), SharedTables.class);
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(TestDynamoDb.class,
                key -> new TestDynamoDb(DynamoDbTarget.shared(), shared), TestDynamoDb.class);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Optional<LessonManifest.Exercise> exercise = LessonManifest.exerciseIdAmong(context.getTags())
                .flatMap(id -> LessonManifest.onClasspath().flatMap(manifest -> manifest.exercise(id)));
        if (exercise.isEmpty() || failure instanceof UnsupportedOperationException) {
            throw failure;
        }
        throw LearnerMessages.pointToHint(failure, exercise.get());
    }
}
