package org.dynamodbworkshop.grader.report;

import java.util.Optional;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.LessonStatus;

/**
 * What a learner should work on next: a lesson that does not compile first; else the next exercise of the lesson
 * being worked on (the first one partly done); else the first exercise, in course order, that is not done.
 */
public final class NextStep {

    private NextStep() {
    }

    public static Optional<String> of(GradeReport report) {
        Optional<LessonResult> broken = report.lessons().stream()
                .filter(lesson -> lesson.status() == LessonStatus.COMPILE_ERROR).findFirst();
        if (broken.isPresent()) {
            return Optional.of("Fix the compile errors in " + broken.get().id() + " first (see its detail above).");
        }
        return report.lessons().stream().filter(NextStep::isPartlyDone).findFirst()
                .or(() -> report.lessons().stream().filter(lesson -> lesson.nextExercise().isPresent()).findFirst())
                .map(NextStep::advice);
    }

    /** Whether the learner has started the lesson and not finished it. */
    public static boolean isPartlyDone(LessonResult lesson) {
        return lesson.nextExercise().isPresent() && isStarted(lesson);
    }

    public static boolean isStarted(LessonResult lesson) {
        return lesson.status() != LessonStatus.GRADED && lesson.status() != LessonStatus.MISSING
                || lesson.exercises().stream().anyMatch(ExerciseResult::isStarted);
    }

    private static String advice(LessonResult lesson) {
        ExerciseResult exercise = lesson.nextExercise().orElseThrow();
        return "Exercise " + exercise.id() + " (" + exercise.title() + ") of " + lesson.id() + ": read " + lesson.id()
                + "/HINTS.md, section " + exercise.id() + ", then run mvn test -pl " + lesson.id() + " -am -Dgroups="
                + exercise.id();
    }

    /** A lesson's state in the words of every view: "not started" until the learner starts it, else its status. */
    public static String state(LessonResult lesson) {
        return isStarted(lesson) ? lesson.status().label() : "not started";
    }

    /** An exercise's state in a table of its lesson: "not run" where the lesson did not compile. */
    public static String state(LessonResult lesson, ExerciseResult exercise) {
        return lesson.status() == LessonStatus.COMPILE_ERROR ? "not run" : state(exercise);
    }

    /** A one-word state of an exercise for tables: done, failing or not started. */
    public static String state(ExerciseResult exercise) {
        if (exercise.isDone()) {
            return "done";
        }
        return exercise.isStarted() ? "failing" : "not started";
    }
}
