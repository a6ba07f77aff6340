package org.dynamodbworkshop.grader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.publish.StudentEdition.Written;
import org.dynamodbworkshop.grader.publish.StudentEdition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export-gradescope", mixinStandardHelpOptions = true,
        description = {"Writes a Gradescope autograder: setup.sh, run_autograder, the student edition.",
            "Zip the folder's contents and upload the zip as the assignment's autograder."})
final class ExportGradescopeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty folder.")
    private Path out;

    @Override
    public Integer call() {
        Course course = Workshop.course();
        Written edition = StudentEdition.exportGradescope(course, out);
        String checked = ExportStudentEditionCommand.check(course, edition, out());
        out().println("Autograder written to " + out + ". " + checked);
        out().println("Zip it with: (cd " + out + " && zip -r ../autograder.zip .)");
        return 0;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
