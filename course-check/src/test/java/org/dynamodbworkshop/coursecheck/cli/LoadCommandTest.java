package org.dynamodbworkshop.coursecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.dynamodbworkshop.common.BatchLoader;
import org.dynamodbworkshop.coursecheck.cli.WorkshopCli.Result;
import org.dynamodbworkshop.grader.scripts.ProgressBar;
import org.dynamodbworkshop.testkit.LocalDynamoDbServer;
import org.dynamodbworkshop.testkit.UnprocessedItemsInjector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Select;

@DisplayName("./workshop <lesson> load writes a data file with BatchWriteItem and reports exactly what it wrote")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Execution(ExecutionMode.SAME_THREAD)
class LoadCommandTest {

    private LocalDynamoDbServer server;
    private String endpoint;
    private DynamoDbClient admin;

    @TempDir
    Path folder;

    @BeforeAll
    void startDynamoDbLocal() {
        server = LocalDynamoDbServer.start(0, null, false, true);
        endpoint = server.endpoint().toString();
        admin = DynamoDbClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("admin", "admin")))
                .build();
    }

    @AfterAll
    void stopDynamoDbLocal() {
        admin.close();
        server.close();
    }

    @Test
    @DisplayName("a malformed line: the error names the line, and the table holds exactly the items reported")
    void malformedLineStopsTheLoad() throws IOException {
        freshTable();
        List<String> lines = new ArrayList<>(songs(1, 30));
        lines.add("{\"Artist\": \"Broken\", \"SongTitle\": ");
        lines.addAll(songs(31, 40));
        Path file = Files.write(folder.resolve("broken.jsonl"), lines);

        Result result = WorkshopCli.lesson1(endpoint, "load", "--file", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("workshop: " + file + ", line 31: Unexpected end-of-input within/between"
                + " Object entries. 30 items before it were written into Music, nothing after it\n");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(countItems()).as("items in the table").isEqualTo(30);
    }

    @Test
    @DisplayName("a line without the table's key attribute is named too, before anything after it is written")
    void missingKeyAttribute() throws IOException {
        freshTable();
        List<String> lines = new ArrayList<>(songs(1, 3));
        lines.add("{\"Artist\": \"No Title\", \"AlbumTitle\": \"X\"}");
        Path file = Files.write(folder.resolve("no-key.jsonl"), lines);

        Result result = WorkshopCli.lesson1(endpoint, "load", "--file", file.toString());

        assertThat(result.err()).isEqualTo("workshop: " + file + ", line 4: no SongTitle, a key attribute of the"
                + " table. 3 items before it were written into Music, nothing after it\n");
        assertThat(countItems()).isEqualTo(3);
    }

    @Test
    @DisplayName("a large file is written in batches of 25, and the count printed is the count in the table")
    void largeFile() throws IOException {
        freshTable();
        Path file = Files.write(folder.resolve("many.jsonl"), songs(1, 1234));

        Result result = WorkshopCli.lesson1(endpoint, "load", "--file", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("Loaded 1234 items into Music from " + file + ".\n");
        assertThat(countItems()).isEqualTo(1234);
    }

    @Test
    @DisplayName("a missing file, or a missing table, gets one line saying what to do")
    void missingFileOrTable() {
        deleteTable();
        Result noTable = WorkshopCli.lesson1(endpoint, "load");
        assertThat(noTable.err()).isEqualTo("workshop: table Music does not exist at " + endpoint + ": run ./workshop"
                + " lesson1-basic-table create-table first\n");

        freshTable();
        Result noFile = WorkshopCli.lesson1(endpoint, "load", "--file", folder.resolve("nothing.jsonl").toString());
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).isEqualTo("workshop: no such file: " + folder.resolve("nothing.jsonl") + "\n");
    }

    @Test
    @DisplayName("the loader resends the writes DynamoDB returns as UnprocessedItems until all are written")
    void unprocessedItemsAreRetried() {
        freshTable();
        UnprocessedItemsInjector busy = UnprocessedItemsInjector.holdingBack(7).onFirst(3);
        try (DynamoDbClient client = DynamoDbClient.builder().endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("admin", "admin")))
                .overrideConfiguration(configuration -> configuration.addExecutionInterceptor(busy))
                .build()) {
            BatchLoader.Report report = new BatchLoader(client, "Music").load(songs(1, 60), BatchLoader.Progress.NONE);

            assertThat(busy.heldBack()).as("writes held back").isPositive();
            assertThat(report.written()).isEqualTo(60);
            assertThat(report.failure()).isEmpty();
        }
        assertThat(countItems()).isEqualTo(60);
    }

    @Test
    @DisplayName("the progress bar draws a growing bar")
    void progressBar() {
        assertThat(ProgressBar.render(0, 1000)).isEqualTo("[>                             ] 0/1000 items");
        assertThat(ProgressBar.render(500, 1000)).isEqualTo("[===============>              ] 500/1000 items");
        assertThat(ProgressBar.render(1000, 1000)).isEqualTo("[==============================] 1000/1000 items");
    }

    private static List<String> songs(int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(i -> "{\"Artist\": \"Artist " + (i % 7) + "\", \"SongTitle\": \"Song " + i
                        + "\", \"AlbumTitle\": \"Album " + (i % 5) + "\", \"Awards\": " + (i % 3) + "}")
                .toList();
    }

    private void freshTable() {
        deleteTable();
        Result created = WorkshopCli.lesson1(endpoint, "create-table", "--reference");
        assertThat(created.exitCode()).as(created.toString()).isZero();
    }

    private void deleteTable() {
        Result reset = WorkshopCli.lesson1(endpoint, "reset");
        assertThat(reset.exitCode()).as(reset.toString()).isZero();
    }

    private int countItems() {
        return admin.scan(request -> request.tableName("Music").select(Select.COUNT)).count();
    }
}
