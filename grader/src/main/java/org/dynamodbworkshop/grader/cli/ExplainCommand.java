package org.dynamodbworkshop.grader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Hints;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.course.UsageException;
import org.dynamodbworkshop.grader.engine.Grader;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Once an exercise passes, explains why the reference solution is shaped as it is.",
            "It runs the exercise's lesson first: no spoilers before you have solved it."})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "EXERCISE", description = "The exercise, as in 1.4.")
    private String exerciseId;

    @Mixin
    private LimitOptions limits;

    @Override
    public Integer call() {
        Course course = Workshop.course();
        Lesson lesson = Hints.lessonOf(course, exerciseId);
        Path explanations = course.solutions()
                .map(solutions -> solutions.resolve(lesson.id()).resolve("EXPLAIN.md"))
                .orElseThrow(() -> new UsageException("This copy of the course has no explanations: they come with"
                        + " the full course, not the student edition"));
        String explanation = Hints.section(explanations, exerciseId).orElseThrow(
                () -> new UsageException("No explanation of exercise " + exerciseId + " yet"));
        try (WorkFolder work = WorkFolder.create(); Grader grader = new Grader(course, limits.limits(), work.path())) {
            ExerciseResult exercise = grader.grade(Submission.checkout(course), List.of(lesson.id())).lessons().get(0)
                    .exercises().stream().filter(candidate -> candidate.id().equals(exerciseId)).findFirst()
                    .orElseThrow();
            if (!exercise.isDone()) {
                out().println("Exercise " + exerciseId + " does not pass yet: solve it first (./workshop hint "
                        + exerciseId + "), then its explanation is yours.");
                return 1;
            }
        }
        out().println(explanation);
        return 0;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
