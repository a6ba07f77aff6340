package org.dynamodbworkshop.grader.model;

import java.util.List;
import java.util.Optional;

/**
 * One lesson.
 *
 * @param id the lesson's id (its folder name)
 * @param title its title
 * @param status how grading it went
 * @param detail what went wrong for a status other than graded (compiler messages, the crash), else empty
 * @param score the points earned
 * @param maxScore the lesson's points
 * @param exercises its exercises, in order
 * @param warnings problems of the course itself, such as a test that names no exercise (and so grades nothing)
 */
public record LessonResult(String id, String title, LessonStatus status, String detail, double score, int maxScore,
                           List<ExerciseResult> exercises, List<String> warnings) {

    /** The first exercise not yet done: what to work on next. */
    public Optional<ExerciseResult> nextExercise() {
        return exercises.stream().filter(exercise -> !exercise.isDone()).findFirst();
    }
}
