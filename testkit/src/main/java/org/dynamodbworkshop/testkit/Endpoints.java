package org.dynamodbworkshop.testkit;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The course's one set of rules for where DynamoDB requests go and with which credentials, shared by the tests and
 * the command line.
 *
 * <ul>
 *   <li>The endpoint the standard AWS settings name: {@code AWS_ENDPOINT_URL_DYNAMODB}, else {@code AWS_ENDPOINT_URL}.
 *   <li>An endpoint on this machine (DynamoDB Local) gets fixed dummy credentials and region {@link #LOCAL_REGION}:
 *       DynamoDB Local accepts any, and a learner needs no AWS account.
 *   <li>Any other endpoint, and AWS itself, gets the SDK's default credential and region chains.
 * </ul>
 */
public final class Endpoints {

    public static final URI DEFAULT_LOCAL = URI.create("http://localhost:8000");
    public static final Region LOCAL_REGION = Region.US_EAST_1;
    private static final String LOCAL_ACCESS_KEY = "workshop";

    private Endpoints() {
    }

    /** The endpoint the standard AWS settings name, if any. */
    public static Optional<URI> configured(Map<String, String> environment) {
        String endpoint = environment.getOrDefault("AWS_ENDPOINT_URL_DYNAMODB", environment.get("AWS_ENDPOINT_URL"));
        return endpoint == null || endpoint.isBlank() ? Optional.empty() : Optional.of(parse(endpoint));
    }

    /**
     * An endpoint as a person typed it.
     *
     * @throws IllegalArgumentException naming the text, if it is not a URL with a scheme and a host
     */
    public static URI parse(String endpoint) {
        try {
            URI uri = URI.create(endpoint.strip());
            if (uri.getScheme() != null && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // Reported below, in the learner's words.
        }
        throw new IllegalArgumentException("the endpoint \"" + endpoint + "\" is not a URL such as " + DEFAULT_LOCAL);
    }

    /**
     * Whether the endpoint is on this machine, where only DynamoDB Local would answer: {@code localhost} or a loopback
     * address. Names are never looked up, so this answers at once without a network.
     */
    public static boolean isLocal(URI endpoint) {
        String host = endpoint.getHost().replaceAll("^\\[|]$", "");
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:.]*")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Points the builder at the endpoint, or at AWS itself for {@code null}, with the credentials the rules give. */
    public static DynamoDbClientBuilder configure(DynamoDbClientBuilder builder, URI endpoint) {
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        if (endpoint != null && isLocal(endpoint)) {
            return builder.region(LOCAL_REGION).credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(LOCAL_ACCESS_KEY, LOCAL_ACCESS_KEY)));
        }
        return builder.region(new DefaultAwsRegionProviderChain().getRegion())
                .credentialsProvider(DefaultCredentialsProvider.builder().build());
    }
}
