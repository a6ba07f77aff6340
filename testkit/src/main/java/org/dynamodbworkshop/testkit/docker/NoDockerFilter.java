package org.dynamodbworkshop.testkit.docker;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Under {@code -Pdocker} without a Docker engine, skips a lesson's suite with one line, rather than failing it or
 * quietly running it somewhere else. Registered through {@code META-INF/services}; acts only in a lesson module's
 * test run (one with {@code lesson.json} on its classpath) of a build that asked for Docker.
 */
public final class NoDockerFilter implements PostDiscoveryFilter {

    /** By name: without -Pdocker, Testcontainers is not on the classpath and the provider class must stay unloaded. */
    private static final String PROVIDER = "org.dynamodbworkshop.testkit.docker.DockerDynamoDbLocal";
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!PROVIDER.equals(System.getProperty("workshop.endpointProvider"))
                || getClass().getClassLoader().getResource("lesson.json") == null
                || DockerDynamoDbLocal.dockerAvailable()) {
            return FilterResult.included("DynamoDB Local runs in Docker, or Docker was not asked for");
        }
        if (TOLD.compareAndSet(false, true)) {
            System.out.println("[docker] No Docker engine found, so this lesson's suite is skipped under -Pdocker"
                    + " (run it without -Pdocker to use the built-in DynamoDB Local).");
        }
        return FilterResult.excluded("no Docker engine for -Pdocker");
    }
}
