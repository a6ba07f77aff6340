package org.dynamodbworkshop.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.testkit.Endpoints;
import org.dynamodbworkshop.testkit.LocalDynamoDbServer.PortInUseException;
import org.dynamodbworkshop.testkit.LocalDynamoDbServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./workshop local}: DynamoDB Local as an HTTP server until Ctrl-C, for the lessons' scripts and the AWS CLI.
 * One database for every client ({@code -sharedDb}), so the AWS CLI sees the scripts' tables whatever credentials
 * and region it is configured with.
 */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = {"Runs DynamoDB Local on this machine until Ctrl-C, for the lessons' scripts and the AWS CLI.",
            "In memory unless --db-path names a folder, where the tables survive a restart."})
final class LocalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--db-path", paramLabel = "DIR",
            description = "Keep the tables in this folder (created if missing), so that they survive a restart.")
    private Path dbPath;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            err.println("workshop: --port must be between 1 and 65535 (or 0 for a free port), not " + port);
            return Workshop.USAGE;
        }
        if (dbPath != null) {
            try {
                Files.createDirectories(dbPath);
            } catch (IOException e) {
                err.println("workshop: --db-path " + dbPath + " cannot be used as a folder: " + e.getMessage());
                return Workshop.USAGE;
            }
        }
        LocalDynamoDbServer server;
        try {
            server = LocalDynamoDbServer.start(port, dbPath, false, true);
        } catch (PortInUseException e) {
            err.println("workshop: port " + port + " is already in use (is ./workshop local running already?): stop"
                    + " what uses it, or choose another port with --port");
            return Workshop.USAGE;
        } catch (IllegalStateException e) {
            err.println("workshop: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                out.println();
                out.println("DynamoDB Local stopped.");
            } catch (RuntimeException e) {
                err.println("workshop: DynamoDB Local did not stop cleanly: " + e.getMessage());
            } finally {
                out.flush();
                err.flush();
                stopped.countDown();
            }
        }, "workshop-local-stop"));
        printInstructions(out, "http://localhost:" + server.port());
        stopped.await();
        return 0;
    }

    private void printInstructions(PrintWriter out, String endpoint) {
        out.println("DynamoDB Local is running at " + endpoint + (dbPath == null
                ? ", in memory: its tables are gone when it stops (--db-path DIR keeps them)."
                : ", with its tables in " + dbPath.toAbsolutePath().normalize() + ": they survive a restart."));
        out.println();
        String example = firstLesson().map(lesson -> lesson + " create-table").orElse("<lesson> <script>");
        out.println("In another terminal, run the lessons' scripts against it:");
        out.println("  ./workshop " + example + (endpoint.equals(Endpoints.DEFAULT_LOCAL.toString()) ? ""
                : " --endpoint " + endpoint));
        out.println("and look at the tables with the AWS CLI:");
        out.println("  aws dynamodb list-tables --endpoint-url " + endpoint);
        out.println("  export AWS_ENDPOINT_URL_DYNAMODB=" + endpoint
                + "    # then every command of that terminal needs no --endpoint-url (Windows: set ...)");
        out.println("It accepts any credentials and region; if the AWS CLI has none configured, dummy ones will do:");
        out.println("  export AWS_ACCESS_KEY_ID=workshop AWS_SECRET_ACCESS_KEY=workshop AWS_DEFAULT_REGION="
                + Endpoints.LOCAL_REGION.id());
        out.println();
        out.println("Press Ctrl-C to stop it.");
        out.flush();
    }

    private static java.util.Optional<String> firstLesson() {
        try {
            return Workshop.course().lessons().stream()
                    .map(Lesson::id).findFirst();
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
