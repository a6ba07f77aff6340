package org.dynamodbworkshop.grader.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dynamodbworkshop.grader.course.Hints;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "hint", mixinStandardHelpOptions = true, description = "Prints the hint of an exercise, e.g. hint 1.4.")
final class HintCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "EXERCISE", description = "The exercise, as in 1.4.")
    private String exerciseId;

    @Override
    public Integer call() {
        Lesson lesson = Hints.lessonOf(Workshop.course(), exerciseId);
        String hint = Hints.section(lesson.dir().resolve("HINTS.md"), exerciseId).orElseThrow(
                () -> new UsageException(lesson.id() + "/HINTS.md has no section " + exerciseId));
        out().println(hint);
        return 0;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
