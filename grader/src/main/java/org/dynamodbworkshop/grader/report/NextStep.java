package org.dynamodbworkshop.grader.report;

import java.util.Optional;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.LessonStatus;

/** What a learner should work on next: the first exercise, in course order, that is not done. */
public final class NextStep {

    private NextStep() {
    }

    public static Optional<String> of(GradeReport report) {
        for (LessonResult lesson : report.lessons()) {
            if (lesson.status() == LessonStatus.COMPILE_ERROR) {
                return Optional.of("Fix the compile errors in " + lesson.id() + " first (see its detail above).");
            }
            Optional<ExerciseResult> next = lesson.nextExercise();
            if (next.isPresent()) {
                ExerciseResult exercise = next.get();
                return Optional.of("Exercise " + exercise.id() + " (" + exercise.title() + ") of " + lesson.id()
                        + ": read " + lesson.id() + "/HINTS.md, section " + exercise.id() + ", then run "
                        + "mvn test -pl " + lesson.id() + " -am -Dgroups=" + exercise.id());
            }
        }
        return Optional.empty();
    }

    /** A one-word state of an exercise for tables: done, failing or not started. */
    public static String state(ExerciseResult exercise) {
        if (exercise.isDone()) {
            return "done";
        }
        return exercise.isStarted() ? "failing" : "not started";
    }
}
