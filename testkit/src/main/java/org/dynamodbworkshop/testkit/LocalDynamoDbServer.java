package org.dynamodbworkshop.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogManager;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local as an HTTP server inside this JVM: in memory (or on disk), telemetry off, and silent.
 *
 * <p>Running the real HTTP server, rather than DynamoDB Local's embedded proxy client, lets every request go
 * through a normal SDK client with its interceptors, so tests record requests the same way against DynamoDB Local
 * and against any other endpoint.
 */
public final class LocalDynamoDbServer implements AutoCloseable {

    private static final int BIND_ATTEMPTS = 5;

    private final DynamoDBProxyServer server;
    private final int port;

    private LocalDynamoDbServer(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts an in-memory server on a free port. */
    public static LocalDynamoDbServer startInMemory() {
        return start(0, null, false);
    }

    /**
     * Starts a server.
     *
     * @param port the port, or 0 for any free one
     * @param dbPath a folder that keeps the tables across restarts, or {@code null} for in memory
     * @param delayTransientStatuses whether tables and indexes stay CREATING or DELETING for a while, as on AWS
     */
    public static LocalDynamoDbServer start(int port, Path dbPath, boolean delayTransientStatuses) {
        return start(port, dbPath, delayTransientStatuses, false);
    }

    /**
     * Starts a server, as {@link #start(int, Path, boolean)}, optionally with one database for every client.
     *
     * @param sharedDb whether every client sees the same tables whatever its credentials and region (DynamoDB
     *     Local's {@code -sharedDb}), as a learner's AWS CLI and the course's command line must
     */
    public static LocalDynamoDbServer start(int port, Path dbPath, boolean delayTransientStatuses, boolean sharedDb) {
        prepareNativeLibraryFolder();
        BindException lastFailure = null;
        for (int attempt = 0; attempt < (port == 0 ? BIND_ATTEMPTS : 1); attempt++) {
            int chosenPort = port == 0 ? freePort() : port;
            try {
                DynamoDBProxyServer server =
                        createQuietly(arguments(chosenPort, dbPath, delayTransientStatuses, sharedDb));
                server.start();
                return new LocalDynamoDbServer(server, chosenPort);
            } catch (Exception e) {
                lastFailure = bindFailure(e);
                if (lastFailure == null) {
                    throw new IllegalStateException("DynamoDB Local did not start: " + e.getMessage(), e);
                }
            }
        }
        throw new PortInUseException(port, lastFailure);
    }

    public int port() {
        return port;
    }

    public URI endpoint() {
        return URI.create("http://localhost:" + port);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop cleanly", e);
        }
    }

    private static String[] arguments(int port, Path dbPath, boolean delayTransientStatuses, boolean sharedDb) {
        List<String> arguments = new ArrayList<>(List.of("-port", String.valueOf(port), "-disableTelemetry"));
        if (dbPath == null) {
            arguments.add("-inMemory");
        } else {
            arguments.addAll(List.of("-dbPath", dbPath.toAbsolutePath().toString()));
        }
        if (delayTransientStatuses) {
            arguments.add("-delayTransientStatuses");
        }
        if (sharedDb) {
            arguments.add("-sharedDb");
        }
        return arguments.toArray(String[]::new);
    }

    /**
     * DynamoDB Local prints a banner on stdout and resets java.util.logging; keep both out of the user's output.
     * Synchronized: two servers starting at once must not leave the silenced stdout behind.
     */
    private static synchronized DynamoDBProxyServer createQuietly(String[] arguments) throws Exception {
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            return ServerRunner.createServerFromCommandLineArgs(arguments);
        } finally {
            System.setOut(stdout);
            LogManager.getLogManager().getLogger("").setLevel(Level.OFF);
        }
    }

    /**
     * DynamoDB Local unpacks its native SQLite library into {@code org.sqlite.tmpdir}; the build points that at its
     * own folder, which must exist. Elsewhere the system temp folder is used.
     */
    private static void prepareNativeLibraryFolder() {
        String folder = System.getProperty("org.sqlite.tmpdir");
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(folder));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the folder for DynamoDB Local's native library: " + folder, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for DynamoDB Local", e);
        }
    }

    private static BindException bindFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bindException) {
                return bindException;
            }
        }
        return null;
    }

    /** The requested port is taken by another program. */
    public static final class PortInUseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PortInUseException(int port, BindException cause) {
            super(port == 0 ? "no free port found for DynamoDB Local" : "port " + port + " is already in use", cause);
        }
    }
}
