package org.dynamodbworkshop.grader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.publish.StudentEdition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export-student-edition", mixinStandardHelpOptions = true,
        description = {"Writes the student edition: the course without anything instructor-only.",
            "It is the template repository to publish to students."})
final class ExportStudentEditionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty folder.")
    private Path out;

    @Override
    public Integer call() {
        StudentEdition.export(Course.at(Workshop.courseRoot(), "target"), out);
        out().println("Student edition written to " + out + ". It builds, and grades to 0 until students"
                + " solve the exercises.");
        return 0;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
