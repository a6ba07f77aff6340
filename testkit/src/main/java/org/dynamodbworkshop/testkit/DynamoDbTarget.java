package org.dynamodbworkshop.testkit;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The DynamoDB that tests run against, chosen once per JVM.
 *
 * <p>By default an in-memory DynamoDB Local inside the test JVM. When the standard AWS setting
 * {@code AWS_ENDPOINT_URL_DYNAMODB} (or {@code AWS_ENDPOINT_URL}) names an endpoint, that endpoint instead, with
 * the credentials {@link Endpoints} gives it, and every table name prefixed with a unique per-run prefix
 * so that runs never meet each other's tables.
 */
public final class DynamoDbTarget implements AutoCloseable {

    /** A DynamoDB Local that the workshop's own JVM already runs (the watch mode), used like the test kit's own. */
    public static final String LOCAL_ENDPOINT_PROPERTY = "workshop.localEndpoint";

    private final URI endpoint;
    private final LocalDynamoDbServer ownServer;
    private final boolean local;
    private final SdkHttpClient httpClient = UrlConnectionHttpClient.create();
    private final String tablePrefix;

    private DynamoDbTarget(URI endpoint, LocalDynamoDbServer ownServer, boolean local) {
        this.endpoint = endpoint;
        this.ownServer = ownServer;
        this.local = local;
        this.tablePrefix = local ? "" : "workshop-" + shortId() + "-";
    }

    /** The JVM's one target, started on first use and closed when the JVM ends. */
    public static DynamoDbTarget shared() {
        return Shared.TARGET;
    }

    /** Reads the environment: an external endpoint if one is set, else a fresh DynamoDB Local. */
    public static DynamoDbTarget fromEnvironment() {
        Optional<URI> running = Optional.ofNullable(System.getProperty(LOCAL_ENDPOINT_PROPERTY)).map(URI::create);
        if (running.isPresent()) {
            return new DynamoDbTarget(running.get(), null, true);
        }
        return Endpoints.configured(System.getenv())
                .or(DynamoDbTarget::providedEndpoint)
                .map(endpoint -> new DynamoDbTarget(endpoint, null, false))
                .orElseGet(() -> {
                    LocalDynamoDbServer server = LocalDynamoDbServer.startInMemory();
                    return new DynamoDbTarget(server.endpoint(), server, true);
                });
    }

    /**
     * The endpoint of the class named by the system property {@code workshop.endpointProvider}, a
     * {@code Supplier<URI>} that may give none: the build's {@code docker} profile names one that starts DynamoDB
     * Local in a container. Unset, as in every other build, this is empty.
     */
    static Optional<URI> providedEndpoint() {
        String provider = System.getProperty("workshop.endpointProvider", "").strip();
        if (provider.isEmpty()) {
            return Optional.empty();
        }
        try {
            Object supplier = Class.forName(provider).getConstructor().newInstance();
            return Optional.ofNullable(((java.util.function.Supplier<?>) supplier).get())
                    .map(endpoint -> URI.create(endpoint.toString()));
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("workshop.endpointProvider=" + provider + " is not a Supplier<URI>", e);
        }
    }

    /** Whether this is a DynamoDB Local in this JVM (exact concurrency counts hold only there). */
    public boolean isEmbeddedLocal() {
        return local;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Prefix for every table a test creates: unique per run on a shared endpoint, empty on a private one. */
    public String tablePrefix() {
        return tablePrefix;
    }

    /** A client builder for this target, sharing one HTTP connection pool across all tests. */
    public DynamoDbClientBuilder clientBuilder() {
        return Endpoints.configure(DynamoDbClient.builder().httpClient(httpClient), endpoint);
    }

    @Override
    public void close() {
        httpClient.close();
        if (ownServer != null) {
            ownServer.close();
        }
    }

    /** Holds the shared target; the JVM loads it, and so starts the target, on first use only. */
    private static final class Shared {
        private static final DynamoDbTarget TARGET = fromEnvironment();

        static {
            // A server the JVM already runs is not ours to stop; and a hook would keep this class loader, which a
            // grader's warm worker loads afresh for each run, alive for as long as the JVM runs.
            if (TARGET.ownServer != null) {
                Runtime.getRuntime().addShutdownHook(new Thread(TARGET::close, "workshop-dynamodb-shutdown"));
            }
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
