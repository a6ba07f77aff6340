package org.dynamodbworkshop.grader.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.engine.Grader;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.report.ConsoleReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Shows every lesson and exercise of this checkout at a glance, and what to do next.")
final class ProgressCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LimitOptions limits;

    @Mixin
    private TestJvmOptions testJvms;

    @Override
    public Integer call() {
        Course course = Workshop.course();
        try (WorkFolder work = WorkFolder.create(); Grader grader = testJvms.grader(course, limits, work.path())) {
            GradeReport report = grader.grade(Submission.checkout(course), List.of(), testJvms.jobs());
            out().print(ConsoleReport.write(report));
        }
        return 0;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
