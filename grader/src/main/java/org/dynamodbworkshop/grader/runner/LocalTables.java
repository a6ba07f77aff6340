package org.dynamodbworkshop.grader.runner;

import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The tables that a warm worker's runs leave in its DynamoDB Local. Loaded only where the lesson's libraries hold the
 * SDK, as they do wherever DynamoDB Local runs.
 */
final class LocalTables {

    private final DynamoDbClient client;

    LocalTables(URI endpoint) {
        this.client = DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("worker", "worker")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** Deletes every table, and names each, e.g. "table Music". */
    List<String> deleteAll() {
        List<String> tables = client.listTablesPaginator().tableNames().stream().toList();
        tables.forEach(table -> client.deleteTable(request -> request.tableName(table)));
        return tables.stream().map(table -> "table " + table).toList();
    }
}
