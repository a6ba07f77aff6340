package org.dynamodbworkshop.grader.runner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.protocol.Event.End;
import org.dynamodbworkshop.grader.protocol.EventWriter;
import org.dynamodbworkshop.grader.protocol.Job;
import org.dynamodbworkshop.testkit.DynamoDbTarget;

/**
 * A warm test JVM: keeps the libraries (SDK, JUnit, AssertJ, DynamoDB Local) loaded and runs one {@link Job} after
 * another, each read as a line from standard input, each in a class loader of its own. After each run it puts back
 * what the run changed in the JVM (see {@link JvmState}), deletes the tables the run left, and ends the run's events
 * with what it restored; it stops instead when the run left a thread running, which no JVM can stop safely, or when
 * it has served its number of runs. The grader replaces a worker that stops, crashes or hangs.
 *
 * <p>Arguments: whether to start DynamoDB Local for the runs ({@code false} when the tests must use an endpoint the
 * environment names), and the most runs to serve.
 */
public final class Worker {

    /** Named, not linked: the test kit is loaded with each run, so the worker's own loader does not have it. */
    private static final String SERVER_CLASS = "org.dynamodbworkshop.testkit.LocalDynamoDbServer";

    private Worker() {
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        boolean startDynamoDb = Boolean.parseBoolean(args[0]);
        int maxRuns = Integer.parseInt(args[1]);
        BufferedReader jobs = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        // The grader's jobs are for this loop only, never for the student's code.
        System.setIn(InputStream.nullInputStream());
        Optional<LocalTables> tables = Optional.empty();
        JvmState baseline = null;
        for (int run = 1; run <= maxRuns; run++) {
            String line = jobs.readLine();
            if (line == null) {
                break;
            }
            Job job = Job.decode(line);
            if (baseline == null) {
                Optional<URI> dynamoDb = startDynamoDb ? startDynamoDbLocal(job.courseLibraries()) : Optional.empty();
                // Not a method reference: linking one would load the SDK, which a course without DynamoDB lacks.
                tables = dynamoDb.isPresent() ? Optional.of(new LocalTables(dynamoDb.get())) : Optional.empty();
                baseline = JvmState.capture();
            }
            try (PrintWriter out = TestRunner.eventsFile(job)) {
                Optional<String> leftThreads = runInOwnLoader(job, out);
                List<String> restored = new ArrayList<>(baseline.restore());
                tables.ifPresent(local -> restored.addAll(local.deleteAll()));
                String retiring = leftThreads.map(left -> "the run left " + left + " running")
                        .orElse(run == maxRuns ? "it has served its " + maxRuns + " runs" : "");
                new EventWriter(out).write(new End(restored, retiring));
                if (!retiring.isEmpty()) {
                    break;
                }
            }
        }
        System.exit(0);
    }

    /**
     * Starts DynamoDB Local through the course's test kit, one server that every client shares whatever its
     * credentials and region (so a table the student's code created anywhere is seen and deleted), and points every
     * run's test kit at it. None when the course's libraries hold no test kit: its tests use no DynamoDB.
     */
    private static Optional<URI> startDynamoDbLocal(List<Path> courseLibraries) throws ReflectiveOperationException {
        // Kept open for the worker's life: the server's classes stay in use.
        URLClassLoader testKit = new URLClassLoader(ClassPaths.urls(courseLibraries), Worker.class.getClassLoader());
        Class<?> serverClass;
        try {
            serverClass = testKit.loadClass(SERVER_CLASS);
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        Object server = serverClass.getMethod("start", int.class, Path.class, boolean.class, boolean.class)
                .invoke(null, 0, null, false, true);
        URI endpoint = (URI) serverClass.getMethod("endpoint").invoke(server);
        System.setProperty(DynamoDbTarget.LOCAL_ENDPOINT_PROPERTY, endpoint.toString());
        return Optional.of(endpoint);
    }

    /** Runs the job in a class loader of its own, and names the threads the run left running, if any. */
    private static Optional<String> runInOwnLoader(Job job, PrintWriter out) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader workerClasses = Worker.class.getClassLoader();
        LiveThreads threads = LiveThreads.now();
        try (URLClassLoader classes = new URLClassLoader(ClassPaths.urls(
                Stream.concat(job.lessonClasspath().stream(), job.courseLibraries().stream()).toList()), workerClasses)) {
            // JUnit and the test kit find the tests and lesson.json through it; the run's threads inherit it.
            thread.setContextClassLoader(classes);
            TestRunner.run(job.testClasses(), job.skipped(), job.testTimeoutSeconds(), job.studentClasses(), out);
            return threads.startedSince(classes);
        } finally {
            thread.setContextClassLoader(workerClasses);
        }
    }
}
