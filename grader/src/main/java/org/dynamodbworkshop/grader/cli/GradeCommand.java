package org.dynamodbworkshop.grader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.course.UsageException;
import org.dynamodbworkshop.grader.engine.Grader;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.report.ConsoleReport;
import org.dynamodbworkshop.grader.report.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "grade", mixinStandardHelpOptions = true, modelTransformer = Workshop.FullCourseOnly.class,
        description = {"Grades a submission with the course's official tests and writes the reports.",
            "Only the student files named in each lesson's lesson.json are taken from the submission."})
final class GradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--submission", paramLabel = "DIR", description = "The submission to grade (default: this checkout).")
    private Path submission;

    @Option(names = "--reference", description = "Grade the course's reference solutions (a sanity check).")
    private boolean reference;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the reports (default: ${DEFAULT-VALUE}).")
    private Path out = Path.of("grade-report");

    @Option(names = "--lesson", paramLabel = "ID", description = "Grade only this lesson (repeatable).")
    private List<String> lessons = new ArrayList<>();

    @Mixin
    private LimitOptions limits;

    @Mixin
    private TestJvmOptions testJvms;

    @Override
    public Integer call() {
        if (this.submission != null && reference) {
            throw new UsageException("--submission and --reference are mutually exclusive (specify only one)");
        }
        Course course = Workshop.course();
        Submission submission = reference ? Submission.reference(course)
                : this.submission == null ? Submission.checkout(course) : Submission.folder(this.submission);
        try (WorkFolder work = WorkFolder.create(); Grader grader = testJvms.grader(course, limits, work.path())) {
            GradeReport report = grader.grade(submission, lessons, testJvms.jobs());
            ReportFiles.write(report, out);
            out().print(ConsoleReport.write(report));
            out().println("Reports: " + out.resolve("report.html") + " (also report.md, report.json, results.json)");
        }
        return 0;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
