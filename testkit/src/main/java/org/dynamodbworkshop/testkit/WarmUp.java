package org.dynamodbworkshop.testkit;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts DynamoDB Local and loads the SDK when a test run opens, so that neither counts against the first test's
 * time limit when the grader runs the tests. Registered through {@code META-INF/services}.
 */
public final class WarmUp implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (LessonManifest.onClasspath().isEmpty()) {
            return;
        }
        DynamoDbTarget target = DynamoDbTarget.shared();
        try (TestDynamoDb dynamo = new TestDynamoDb(target, new SharedTables(target))) {
            dynamo.client().listTables(request -> request.limit(1));
            dynamo.enhancedClient();
        }
    }
}
