package org.dynamodbworkshop.coursecheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dynamodbworkshop.grader.cli.Bootstrap;
import org.dynamodbworkshop.grader.cli.Workshop;

/** Runs {@code ./workshop} commands for the tests: in this JVM with captured output, or as the launcher does. */
final class WorkshopCli {

    static final String LESSON1 = "lesson1-basic-table";

    /** All a script that succeeded prints on stderr: the line of its requests and the capacity they consumed. */
    static final Pattern CAPACITY_LINE =
            Pattern.compile("DynamoDB: (no item requests|[0-9]+ requests?, [0-9.]+ [RW]CU.* \\(.+\\))\\.\n");

    private WorkshopCli() {
    }

    /** What a command printed, and its exit code. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    /** Runs a command in this JVM; safe in parallel, as each run has its own output. */
    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Workshop.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** Runs a lesson 1 script against an endpoint. */
    static Result lesson1(String endpoint, String... args) {
        List<String> all = new ArrayList<>(List.of(LESSON1));
        all.addAll(List.of(args));
        all.addAll(List.of("--endpoint", endpoint));
        return run(all.toArray(String[]::new));
    }

    /**
     * Starts the command line in a JVM of its own, exactly as the {@code workshop} launcher does once the course is
     * built (the launcher's build step is left out: the build running these tests has just built the course).
     */
    static Process start(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dworkshop.courseRoot=" + courseRoot(),
                "-Dworkshop.buildDirName=" + buildDirName(),
                "-Dorg.sqlite.tmpdir=" + courseRoot().resolve("course-check").resolve(buildDirName()).resolve("sqlite-native"),
                "-cp", ownClasses().toString(),
                Bootstrap.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(courseRoot().toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        builder.environment().putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path courseRoot() {
        return Path.of(System.getProperty("workshop.courseRoot", "..")).toAbsolutePath().normalize();
    }

    static String buildDirName() {
        return System.getProperty("workshop.buildDirName", "target");
    }

    /** The grader's classes folder, as the launcher puts it on its classpath. */
    private static Path ownClasses() {
        try {
            return Path.of(Workshop.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
