package org.dynamodbworkshop.testkit;

import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Tag;

/**
 * Runs a lesson's test classes in the order of its exercises, by their {@code @Tag("N.K")}: 1.1, 1.2, ..., 1.9,
 * 1.10, 1.11 (numbers, not text). Classes without an exercise tag come last, by name. Each lesson makes it the
 * default in its {@code src/test/resources/junit-platform.properties}, which Maven, the IDE and the grader all read.
 */
public final class ExerciseOrder implements ClassOrderer {

    static final Comparator<Optional<String>> EXERCISES = Comparator.comparing(
            (Optional<String> exercise) -> exercise.isEmpty())
            .thenComparing(exercise -> exercise.map(ExerciseOrder::lessonNumber).orElse(0))
            .thenComparing(exercise -> exercise.map(ExerciseOrder::exerciseNumber).orElse(0));

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing(ExerciseOrder::exerciseOf, EXERCISES)
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static Optional<String> exerciseOf(ClassDescriptor descriptor) {
        return LessonManifest.exerciseIdAmong(descriptor.findRepeatableAnnotations(Tag.class).stream()
                .map(Tag::value)
                .toList());
    }

    private static int lessonNumber(String exerciseId) {
        return Integer.parseInt(exerciseId.substring(0, exerciseId.indexOf('.')));
    }

    private static int exerciseNumber(String exerciseId) {
        return Integer.parseInt(exerciseId.substring(exerciseId.indexOf('.') + 1));
    }
}
