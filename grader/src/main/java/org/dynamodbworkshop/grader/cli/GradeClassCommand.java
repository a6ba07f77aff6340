package org.dynamodbworkshop.grader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.engine.ClassGrader;
import org.dynamodbworkshop.grader.engine.Grader;
import org.dynamodbworkshop.grader.model.StudentGrade;
import org.dynamodbworkshop.grader.report.ClassReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "grade-class", mixinStandardHelpOptions = true,
        description = {"Grades every subfolder or zip of a folder as one student's submission.",
            "Writes one report folder per student, grades.csv and class-report.html."})
final class GradeClassCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--submissions", required = true, paramLabel = "DIR", description = "The folder of submissions.")
    private Path submissions;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the reports (default: ${DEFAULT-VALUE}).")
    private Path out = Path.of("grade-report");

    @Mixin
    private LimitOptions limits;

    @Mixin
    private TestJvmOptions testJvms;

    @Override
    public Integer call() {
        Course course = Workshop.course();
        try (WorkFolder work = WorkFolder.create(); Grader grader = testJvms.grader(course, limits, work.path())) {
            List<StudentGrade> rows = new ClassGrader(grader, testJvms.jobs()).gradeAll(submissions, out, work.path());
            ClassReport.write(rows, course.lessons().stream().map(Lesson::id).toList(), out);
            rows.forEach(row -> out().printf("%-30s %-16s %s%n", row.student(), row.status().label(),
                    row.report() == null ? row.detail() : String.format("%.2f / %d", row.report().score(),
                            row.report().maxScore())));
            out().println("Reports: " + out.resolve("class-report.html") + " and " + out.resolve("grades.csv"));
        }
        return 0;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
