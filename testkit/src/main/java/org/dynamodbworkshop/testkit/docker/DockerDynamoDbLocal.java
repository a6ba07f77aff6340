package org.dynamodbworkshop.testkit.docker;

import java.net.URI;
import java.util.function.Supplier;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * DynamoDB Local in a container ({@code amazon/dynamodb-local}), started once per test JVM, for the lesson suites
 * under {@code -Pdocker}. The test kit asks for its endpoint through the {@code workshop.endpointProvider} system
 * property, which the profile sets; Testcontainers removes the container when the JVM ends.
 *
 * <p>Without a Docker engine it gives no endpoint, and {@link NoDockerFilter} skips the suites with one line.
 */
public final class DockerDynamoDbLocal implements Supplier<URI> {

    /** The image, the same DynamoDB Local version as the build's embedded one. */
    static final String IMAGE = "amazon/dynamodb-local:" + System.getProperty("workshop.dynamodbLocalVersion", "3.3.1");
    private static final int PORT = 8000;

    private static volatile Boolean dockerAvailable;

    @Override
    public URI get() {
        if (!dockerAvailable()) {
            return null;
        }
        return Container.ENDPOINT;
    }

    /** Whether a Docker engine answers; asked once per JVM. */
    static boolean dockerAvailable() {
        if (dockerAvailable == null) {
            boolean available;
            try {
                available = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                available = false;
            }
            dockerAvailable = available;
        }
        return dockerAvailable;
    }

    /** The container, started when first needed. */
    private static final class Container {
        private static final URI ENDPOINT = start();

        @SuppressWarnings("resource")
        private static URI start() {
            GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(IMAGE))
                    .withExposedPorts(PORT)
                    .withCommand("-jar", "DynamoDBLocal.jar", "-inMemory", "-sharedDb");
            container.start();
            // The SDK's default chains read these: DynamoDB Local accepts any credentials and region.
            setIfAbsent("aws.accessKeyId", "workshop");
            setIfAbsent("aws.secretAccessKey", "workshop");
            setIfAbsent("aws.region", "us-east-1");
            return URI.create("http://" + container.getHost() + ":" + container.getMappedPort(PORT));
        }

        private static void setIfAbsent(String property, String value) {
            if (System.getProperty(property) == null) {
                System.setProperty(property, value);
            }
        }
    }
}
