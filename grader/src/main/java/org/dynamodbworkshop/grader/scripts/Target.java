package org.dynamodbworkshop.grader.scripts;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.dynamodbworkshop.grader.course.UsageException;
import org.dynamodbworkshop.testkit.Endpoints;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Where a script's requests go: an endpoint such as the one {@code ./workshop local} serves, or real AWS.
 *
 * <p>The endpoint is {@code --endpoint}, else the one the standard AWS settings name, else
 * {@code http://localhost:8000}; with {@code --aws}, real AWS. Credentials and region follow the course's one set of
 * rules, {@link Endpoints}.
 *
 * @param endpoint the endpoint, or {@code null} for real AWS
 */
record Target(URI endpoint) {

    /** Chooses the target from the options and the environment. */
    static Target choose(String endpointOption, boolean aws, Map<String, String> environment) {
        if (aws && endpointOption != null) {
            throw new UsageException("choose one of --endpoint and --aws");
        }
        if (aws) {
            return new Target(null);
        }
        try {
            return new Target(endpointOption != null && !endpointOption.isBlank() ? Endpoints.parse(endpointOption)
                    : Endpoints.configured(environment).orElse(Endpoints.DEFAULT_LOCAL));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    boolean isAws() {
        return endpoint == null;
    }

    /** How messages name it. */
    String describe() {
        return isAws() ? "AWS" : endpoint.toString();
    }

    /** Opens the clients, whose requests pass through the interceptor; close them when done. */
    Clients open(ExecutionInterceptor interceptor) {
        SdkHttpClient http = UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(isAws() ? 10 : 3))
                .socketTimeout(Duration.ofMinutes(2))
                .build();
        DynamoDbClient client = Endpoints.configure(DynamoDbClient.builder(), endpoint)
                .httpClient(http)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(Duration.ofMinutes(5))
                        .addExecutionInterceptor(interceptor)
                        .build())
                .build();
        return new Clients(client, DynamoDbEnhancedClient.builder().dynamoDbClient(client).build(), http);
    }

    /** The clients of one command. */
    record Clients(DynamoDbClient dynamoDb, DynamoDbEnhancedClient enhanced, SdkHttpClient http)
            implements AutoCloseable {
        @Override
        public void close() {
            dynamoDb.close();
            http.close();
        }
    }
}
