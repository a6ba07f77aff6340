package org.dynamodbworkshop.grader.cli;

import java.nio.file.Path;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.UsageException;
import org.dynamodbworkshop.grader.engine.Grader;
import org.dynamodbworkshop.grader.engine.Isolation;
import picocli.CommandLine.Option;

/** Where the grading commands run the tests, as options they share. */
final class TestJvmOptions {

    @Option(names = "--jobs", paramLabel = "N",
            description = "Test JVMs running at once (default: the number of cores, ${DEFAULT-VALUE} here).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--isolation", paramLabel = "MODE", description = "warm-workers: JVMs that keep the libraries"
            + " loaded and serve many runs, each in class loaders of its own (default); fresh-jvm: a new JVM a run.")
    String isolation = "warm-workers";

    /** A grader of the course with these options; the caller closes it. */
    Grader grader(Course course, LimitOptions limits, Path work) {
        if (jobs < 1) {
            throw new UsageException("--jobs must be at least 1");
        }
        return new Grader(course, limits.limits(), isolation(), jobs, work);
    }

    private Isolation isolation() {
        return switch (isolation) {
            case "warm-workers" -> Isolation.WARM_WORKERS;
            case "fresh-jvm" -> Isolation.FRESH_JVM;
            default -> throw new UsageException("--isolation is warm-workers or fresh-jvm, not " + isolation);
        };
    }
}
