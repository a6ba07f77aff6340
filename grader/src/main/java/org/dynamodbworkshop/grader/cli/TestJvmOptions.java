package org.dynamodbworkshop.grader.cli;

import java.nio.file.Path;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.engine.Grader;
import org.dynamodbworkshop.grader.engine.Isolation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where the grading commands run the tests, as options they share; a wrong value stops the command line at once. */
final class TestJvmOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private int jobs = Runtime.getRuntime().availableProcessors();
    private Isolation isolation = Isolation.WARM_WORKERS;

    @Option(names = "--jobs", paramLabel = "N", description = "Test JVMs running at once (default: the number of cores).")
    void jobs(int count) {
        if (count < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + count);
        }
        jobs = count;
    }

    @Option(names = "--isolation", paramLabel = "MODE", description = "warm-workers: JVMs that keep the libraries"
            + " loaded and serve many runs, each in class loaders of its own (default); fresh-jvm: a new JVM a run.")
    void isolation(String mode) {
        isolation = switch (mode) {
            case "warm-workers" -> Isolation.WARM_WORKERS;
            case "fresh-jvm" -> Isolation.FRESH_JVM;
            default -> throw new ParameterException(spec.commandLine(),
                    "--isolation is warm-workers or fresh-jvm, not " + mode);
        };
    }

    int jobs() {
        return jobs;
    }

    /** A grader of the course with these options; the caller closes it. */
    Grader grader(Course course, LimitOptions limits, Path work) {
        return new Grader(course, limits.limits(), isolation, jobs, work);
    }
}
