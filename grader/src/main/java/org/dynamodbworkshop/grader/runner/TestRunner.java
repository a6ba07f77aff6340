package org.dynamodbworkshop.grader.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.protocol.Event.Discovered;
import org.dynamodbworkshop.grader.protocol.Event.End;
import org.dynamodbworkshop.grader.protocol.Event.Finished;
import org.dynamodbworkshop.grader.protocol.Event.Started;
import org.dynamodbworkshop.grader.protocol.Event.TestDescription;
import org.dynamodbworkshop.grader.protocol.EventWriter;
import org.dynamodbworkshop.grader.protocol.Job;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one lesson's tests and writes their events, one line each (see {@link EventWriter}), to an events file, so
 * that the grader keeps every finished result even if the student's code ends the JVM. The file is the test JVM's
 * own channel: what the student's code prints goes to the grader through a pipe, where it can forge nothing.
 *
 * <p>As a program, it is a test JVM of its own for one run, whose one argument is the file of its {@link Job}; a
 * warm {@link Worker} calls {@link #run} for each of its runs.
 */
public final class TestRunner {

    /** The test kit's {@code Usage.REPORT_KEY}, spelled out: a test JVM's runner may not see the test kit's classes. */
    public static final String USAGE_REPORT_KEY = "dynamodb.usage";

    private TestRunner() {
    }

    public static void main(String[] args) throws IOException {
        Job job = Job.decode(Files.readString(Path.of(args[0])));
        try (PrintWriter out = eventsFile(job)) {
            run(job.testClasses(), job.skipped(), job.testTimeoutSeconds(), job.studentClasses(), out);
            new EventWriter(out).write(End.ofRun());
        }
        // The student's code or DynamoDB Local may leave non-daemon threads behind.
        System.exit(0);
    }

    static PrintWriter eventsFile(Job job) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(job.events(), StandardCharsets.UTF_8), true);
    }

    /**
     * Runs the tests found in {@code testClasses} (loaded through the thread's context class loader) and writes
     * their events to {@code out}, all but the run's {@link End}, which the caller writes once the run is over. The
     * watch mode calls it in-process, through its own class loader.
     */
    public static void run(Path testClasses, Set<String> skipped, long timeoutSeconds, Set<String> studentClasses,
                           PrintWriter out) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(Set.of(testClasses)))
                .filters((PostDiscoveryFilter) test -> skipped.contains(test.getUniqueId().toString())
                        ? FilterResult.excluded("already graded") : FilterResult.included("to grade"))
                .configurationParameter("junit.jupiter.execution.timeout.default", timeoutSeconds + " s")
                .configurationParameter("junit.jupiter.execution.timeout.mode", "enabled")
                .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .build();
        Launcher launcher = LauncherFactory.create();
        TestPlan plan = launcher.discover(request);
        EventWriter events = new EventWriter(out);
        Reporter reporter = new Reporter(events, studentClasses);
        plan.getRoots().forEach(root -> plan.getDescendants(root).stream()
                .filter(TestIdentifier::isTest)
                .forEach(test -> events.write(new Discovered(describe(test)))));
        launcher.execute(plan, reporter);
    }

    private static TestDescription describe(TestIdentifier test) {
        return new TestDescription(test.getUniqueId(), className(test), test.getDisplayName(),
                test.getTags().stream().map(TestTag::getName).collect(Collectors.toSet()));
    }

    private static String className(TestIdentifier test) {
        TestSource source = test.getSource().orElse(null);
        return source instanceof MethodSource method ? method.getClassName() : "";
    }

    /** Reports each test's start and end, and what its code read and wrote where the test measured it. */
    private static final class Reporter implements TestExecutionListener {

        private final EventWriter events;
        private final Set<String> studentClasses;
        private final Map<TestIdentifier, String> usages = new ConcurrentHashMap<>();

        Reporter(EventWriter events, Set<String> studentClasses) {
            this.events = events;
            this.studentClasses = studentClasses;
        }

        @Override
        public void executionStarted(TestIdentifier test) {
            if (test.isTest()) {
                events.write(new Started(test.getUniqueId()));
            }
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (!test.isTest()) {
                return;
            }
            Throwable failure = result.getThrowable().orElse(null);
            events.write(new Finished(describe(test), outcome(result.getStatus(), failure),
                    failure == null ? "" : message(failure), usages.getOrDefault(test, "")));
        }

        @Override
        public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
            entry.getKeyValuePairs().entrySet().stream()
                    .filter(pair -> pair.getKey().equals(USAGE_REPORT_KEY))
                    .forEach(pair -> usages.put(test, pair.getValue()));
        }

        private Outcome outcome(TestExecutionResult.Status status, Throwable failure) {
            if (status == TestExecutionResult.Status.SUCCESSFUL) {
                return Outcome.PASSED;
            }
            if (failure != null && isStubNotImplemented(failure)) {
                return Outcome.NOT_ATTEMPTED;
            }
            if (failure != null && isTimeout(failure)) {
                return Outcome.TIMED_OUT;
            }
            return failure instanceof AssertionError ? Outcome.FAILED : Outcome.ERROR;
        }

        /** The stub's own exception, thrown from the student's class, anywhere in the cause chain. */
        private boolean isStubNotImplemented(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof UnsupportedOperationException && cause.getStackTrace().length > 0
                        && isStudentClass(cause.getStackTrace()[0].getClassName())) {
                    return true;
                }
            }
            return false;
        }

        private boolean isStudentClass(String className) {
            int nested = className.indexOf('$');
            return studentClasses.contains(nested < 0 ? className : className.substring(0, nested));
        }

        private static boolean isTimeout(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof TimeoutException) {
                    return true;
                }
            }
            return false;
        }

        private static String message(Throwable failure) {
            String message = failure.getMessage();
            return message == null || message.isBlank() ? failure.getClass().getName() : message.strip();
        }
    }
}
