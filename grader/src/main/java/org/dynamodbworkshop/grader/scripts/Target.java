package org.dynamodbworkshop.grader.scripts;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.dynamodbworkshop.grader.course.UsageException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Where a script's requests go: an endpoint such as the one {@code ./workshop local} serves, or real AWS.
 *
 * <p>The endpoint is {@code --endpoint}, else the standard AWS settings {@code AWS_ENDPOINT_URL_DYNAMODB} and
 * {@code AWS_ENDPOINT_URL}, else {@code http://localhost:8000}. With {@code --aws}, real AWS with the SDK's default
 * credentials and region. An endpoint gets fixed dummy credentials and region: DynamoDB Local accepts any, and
 * {@code ./workshop local} shares one database among all of them.
 *
 * @param endpoint the endpoint, or {@code null} for real AWS
 */
public record Target(URI endpoint) {

    public static final URI DEFAULT_ENDPOINT = URI.create("http://localhost:8000");
    static final String LOCAL_ACCESS_KEY = "workshop";
    public static final Region LOCAL_REGION = Region.US_EAST_1;

    /** Chooses the target from the options and the environment. */
    static Target choose(String endpointOption, boolean aws, Map<String, String> environment) {
        if (aws && endpointOption != null) {
            throw new UsageException("choose one of --endpoint and --aws");
        }
        if (aws) {
            return new Target(null);
        }
        String endpoint = endpointOption;
        if (endpoint == null || endpoint.isBlank()) {
            endpoint = environment.getOrDefault("AWS_ENDPOINT_URL_DYNAMODB", environment.get("AWS_ENDPOINT_URL"));
        }
        if (endpoint == null || endpoint.isBlank()) {
            return new Target(DEFAULT_ENDPOINT);
        }
        try {
            URI uri = URI.create(endpoint.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return new Target(uri);
        } catch (IllegalArgumentException e) {
            throw new UsageException("the endpoint \"" + endpoint + "\" is not a URL such as http://localhost:8000");
        }
    }

    boolean isAws() {
        return endpoint == null;
    }

    /** How messages name it. */
    String describe() {
        return isAws() ? "AWS" : endpoint.toString();
    }

    /** Opens the clients; close them when done. */
    Clients open() {
        SdkHttpClient http = UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(isAws() ? 10 : 3))
                .socketTimeout(Duration.ofMinutes(2))
                .build();
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClient(http)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(Duration.ofMinutes(5))
                        .build());
        if (isAws()) {
            AwsCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
            builder.credentialsProvider(credentials);
        } else {
            builder.endpointOverride(endpoint)
                    .region(LOCAL_REGION)
                    .credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create(LOCAL_ACCESS_KEY, LOCAL_ACCESS_KEY)));
        }
        DynamoDbClient client = builder.build();
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
