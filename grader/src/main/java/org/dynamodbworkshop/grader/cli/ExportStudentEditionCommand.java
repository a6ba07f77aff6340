package org.dynamodbworkshop.grader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.engine.Grader;
import org.dynamodbworkshop.grader.engine.Isolation;
import org.dynamodbworkshop.grader.engine.Limits;
import org.dynamodbworkshop.grader.publish.StudentEdition.Checked;
import org.dynamodbworkshop.grader.publish.StudentEdition.Written;
import org.dynamodbworkshop.grader.publish.StudentEdition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export-student-edition", mixinStandardHelpOptions = true,
        description = {"Writes the student edition: the course without anything instructor-only.",
            "It is the template repository to publish to students. Its student files are the committed",
            "stubs; it is then graded with the course's tests, and deleted unless it scores 0."})
final class ExportStudentEditionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty folder.")
    private Path out;

    @Override
    public Integer call() {
        Course course = Workshop.course();
        Written edition = StudentEdition.export(course, out);
        String checked = check(course, edition, out());
        out().println("Student edition written to " + out + ". " + checked);
        return 0;
    }

    /**
     * Grades the edition with the course's tests, and says what that proved; fails in one line (and deletes what was
     * written) if it does not score 0.
     */
    static String check(Course course, Written edition, PrintWriter out) {
        out.println("Grading the edition with the course's tests, to check that it scores 0 (a minute or two)...");
        out.flush();
        try (WorkFolder work = WorkFolder.create();
             Grader grader = new Grader(course, Limits.DEFAULTS, Isolation.WARM_WORKERS,
                     Runtime.getRuntime().availableProcessors(), work.path())) {
            Checked checked = StudentEdition.check(grader, edition);
            return "Checked: its " + edition.stubs().size() + " student files are " + edition.stubsOrigin()
                    + ", and graded with the course's tests it scores 0 / " + checked.maxScore() + ", all "
                    + checked.tests() + " tests not attempted.";
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
