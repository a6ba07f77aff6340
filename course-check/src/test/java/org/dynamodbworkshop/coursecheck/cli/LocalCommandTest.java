package org.dynamodbworkshop.coursecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dynamodbworkshop.coursecheck.cli.WorkshopCli.Result;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("./workshop local serves DynamoDB Local to the scripts and to the AWS CLI")
class LocalCommandTest {

    private static final Duration START_LIMIT = Duration.ofSeconds(90);
    private static final Duration COMMAND_LIMIT = Duration.ofSeconds(60);
    /** The AWS CLI signs every request: any credentials and region do for DynamoDB Local with -sharedDb. */
    private static final Map<String, String> AWS_CLI_ENVIRONMENT = Map.of(
            "AWS_ACCESS_KEY_ID", "any", "AWS_SECRET_ACCESS_KEY", "any", "AWS_DEFAULT_REGION", "eu-west-3",
            "AWS_EC2_METADATA_DISABLED", "true", "AWS_PAGER", "");

    @Test
    @DisplayName("a separate ./workshop local process: load lesson 1's data, list and count it with the AWS CLI,"
            + " refuse a second server on the same port, stop cleanly")
    void awsCliSeesWhatLoadReported() throws Exception {
        Assumptions.assumeTrue(awsCliInstalled(), "the AWS CLI (aws) is not installed: install it to run this test");
        int port = freePort();
        String endpoint = "http://localhost:" + port;
        Process local = WorkshopCli.start(Map.of(), "local", "--port", String.valueOf(port));
        try {
            OutputReader output = OutputReader.of(local);
            assertThat(output.awaitLine("Press Ctrl-C to stop it.", START_LIMIT))
                    .as("the last line of ./workshop local's instructions\n" + output.text()).isTrue();
            assertThat(output.text()).startsWith("DynamoDB Local is running at " + endpoint + ", in memory");
            assertThat(output.text()).contains("aws dynamodb list-tables --endpoint-url " + endpoint)
                    .contains("Press Ctrl-C to stop it.");

            assertThat(WorkshopCli.lesson1(endpoint, "create-table", "--reference").exitCode()).isZero();
            Result load = WorkshopCli.lesson1(endpoint, "load");
            assertThat(load.exitCode()).as(load.toString()).isZero();
            Matcher loaded = Pattern.compile("Loaded (\\d+) items into Music").matcher(load.out());
            assertThat(loaded.find()).as(load.out()).isTrue();
            int reported = Integer.parseInt(loaded.group(1));

            String tables = aws("dynamodb", "list-tables", "--endpoint-url", endpoint, "--output", "json");
            assertThat(tables).contains("\"Music\"");
            String count = aws("dynamodb", "scan", "--table-name", "Music", "--select", "COUNT", "--endpoint-url",
                    endpoint, "--output", "json");
            Matcher counted = Pattern.compile("\"Count\":\\s*(\\d+)").matcher(count);
            assertThat(counted.find()).as(count).isTrue();
            assertThat(Integer.parseInt(counted.group(1))).as("items the AWS CLI counts").isEqualTo(reported);

            Process second = WorkshopCli.start(Map.of(), "local", "--port", String.valueOf(port));
            OutputReader secondOutput = OutputReader.of(second);
            assertThat(second.waitFor(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(2);
            assertThat(secondOutput.text().strip()).isEqualTo("workshop: port " + port + " is already in use (is"
                    + " ./workshop local running already?): stop what uses it, or choose another port with --port");

            // As Ctrl-C does: a signal to stop, with the output still read (Process.destroy would close the pipes).
            local.toHandle().destroy();
            assertThat(local.waitFor(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("stopped in time").isTrue();
            assertThat(output.awaitLine("DynamoDB Local stopped.", COMMAND_LIMIT)).as("the output after stopping\n"
                    + output.text()).isTrue();
        } finally {
            local.destroyForcibly();
        }
    }

    private static boolean awsCliInstalled() {
        try {
            Process process = new ProcessBuilder("aws", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String aws(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("aws"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        builder.environment().putAll(AWS_CLI_ENVIRONMENT);
        Process process = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(process));
        assertThat(process.waitFor(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("aws " + args[1] + " in time")
                .isTrue();
        String text = output.join();
        assertThat(process.exitValue()).as("aws " + String.join(" ", args) + "\n" + text).isZero();
        return text;
    }

    private static String read(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Collects a process's output (both streams) on a thread of its own. */
    static final class OutputReader {
        private final StringBuffer text = new StringBuffer();

        static OutputReader of(Process process) {
            OutputReader reader = new OutputReader();
            reader.follow(process.getInputStream());
            reader.follow(process.getErrorStream());
            return reader;
        }

        private void follow(java.io.InputStream stream) {
            Thread thread = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        text.append(line).append('\n');
                    }
                } catch (IOException e) {
                    // The process ended.
                }
            }, "process-output");
            thread.setDaemon(true);
            thread.start();
        }

        /** Polls the output for a line starting with {@code prefix}, up to {@code limit}. */
        boolean awaitLine(String prefix, Duration limit) throws InterruptedException {
            Instant deadline = Instant.now().plus(limit);
            while (Instant.now().isBefore(deadline)) {
                if (text().lines().anyMatch(line -> line.startsWith(prefix))) {
                    return true;
                }
                Thread.sleep(50);
            }
            return false;
        }

        String text() {
            return text.toString();
        }
    }
}
