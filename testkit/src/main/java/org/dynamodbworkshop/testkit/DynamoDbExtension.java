package org.dynamodbworkshop.testkit;

import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Hands each test its own {@link TestDynamoDb} and turns failures into messages that send the learner to the hint.
 *
 * <p>After each test, it publishes what the code under test read and wrote ({@link TestDynamoDb#usage()}) as a
 * JUnit report entry, which the grader adds up by exercise.
 *
 * <p>The {@link DynamoDbTarget} is started once per JVM, when a test run opens (see {@link WarmUp}) or on first use.
 */
public final class DynamoDbExtension implements ParameterResolver, TestExecutionExceptionHandler,
        AfterEachCallback {

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
    public void afterEach(ExtensionContext context) {
        TestDynamoDb dynamo = context.getStore(NAMESPACE).get(TestDynamoDb.class, TestDynamoDb.class);
        if (dynamo != null) {
            dynamo.usage().ifPresent(usage -> context.publishReportEntry(Usage.REPORT_KEY, usage.toJson()));
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Optional<LessonManifest.Exercise> exercise = LessonManifest.exerciseIdAmong(context.getTags())
                .flatMap(id -> LessonManifest.onClasspath().flatMap(manifest -> manifest.exercise(id)));
        if (exercise.isEmpty() || failure instanceof UnsupportedOperationException) {
            throw failure;
        }
        TestDynamoDb dynamo = context.getStore(NAMESPACE).get(TestDynamoDb.class, TestDynamoDb.class);
        Throwable explained = failure instanceof RequestBudget.BudgetExceeded && dynamo != null
                ? besideTheReference(failure, dynamo, exercise.get().id(), context.getDisplayName()) : failure;
        throw LearnerMessages.pointToHint(explained, exercise.get());
    }

    /** A budget's failure with a line on what the reference does in this test, where the lesson's figures say. */
    private static Throwable besideTheReference(Throwable failure, TestDynamoDb dynamo, String exerciseId,
                                                String testName) {
        return ReferenceUsage.onClasspath().test(exerciseId, testName)
                .<Throwable>map(reference -> {
                    AssertionError explained = new AssertionError(failure.getMessage() + "\n  In this test your code"
                            + " made " + dynamo.allRequestsUsage().summary() + "; the reference solution makes "
                            + reference.summary() + ".");
                    explained.setStackTrace(failure.getStackTrace());
                    return explained;
                })
                .orElse(failure);
    }
}
