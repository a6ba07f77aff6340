package org.dynamodbworkshop.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.course.UsageException;
import org.dynamodbworkshop.grader.engine.Grader;
import org.dynamodbworkshop.grader.watch.LessonWatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Runs a lesson's tests, then again each time you save the file you edit.",
            "Shows each exercise's state and the first failure. Ctrl-C stops it."})
final class WatchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "LESSON", description = "The lesson, e.g. lesson1-basic-table.")
    private String lessonId;

    @Mixin
    private LimitOptions limits;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Course course = Workshop.course();
        Lesson lesson = course.lesson(lessonId).orElseThrow(() -> new UsageException("Unknown lesson " + lessonId
                + "; the lessons are: " + String.join(", ", course.lessons().stream().map(Lesson::id).toList())));
        try (WorkFolder work = WorkFolder.create();
             Grader grader = new Grader(course, limits.limits(), work.path());
             LessonWatcher watcher = new LessonWatcher(grader, lesson, Submission.checkout(course),
                     limits.limits().testTimeout(), out())) {
            watcher.watch(result -> { });
        }
        return 0;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
