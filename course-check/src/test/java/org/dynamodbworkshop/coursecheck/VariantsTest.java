package org.dynamodbworkshop.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Proves the lesson suites grade well; what it shows does not depend on the JDK. */
@Tag(TestCourse.SUITE_QUALITY)
@DisplayName("Each wrong or wasteful variant of a solution loses points in its own exercise, and only there")
class VariantsTest {

    /** Every variant, or with {@code -Dvariants=2.4-} only those whose name starts so, while writing them. */
    static Stream<Arguments> variants() {
        String only = System.getProperty("variants", "");
        return TestCourse.COURSE.lessons().stream()
                .flatMap(lesson -> Variant.of(TestCourse.COURSE, lesson).stream()
                        .filter(variant -> variant.name().startsWith(only))
                        .map(variant -> Arguments.of(lesson.id(), variant.name(), lesson, variant)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("variants")
    void variantLosesPointsInItsOwnExerciseOnly(String lessonId, String variantName, Lesson lesson, Variant variant) {
        LessonResult result = graded(lesson, variant).lessons().get(0);

        assertThat(result.detail()).as("how grading went").isEmpty();
        for (ExerciseResult exercise : result.exercises()) {
            if (exercise.id().equals(variant.exerciseId())) {
                assertThat(exercise.score()).as("score of exercise %s, which the variant gets wrong", exercise.id())
                        .isLessThan(exercise.maxScore());
            } else {
                assertThat(exercise.score()).as("score of exercise %s, which the variant does not touch: %s",
                        exercise.id(), exercise.tests()).isEqualTo(exercise.maxScore());
            }
        }
    }

    @Test
    @DisplayName("every exercise of every lesson has at least one variant")
    void everyExerciseHasAVariant() {
        for (Lesson lesson : TestCourse.COURSE.lessons()) {
            List<String> covered = Variant.of(TestCourse.COURSE, lesson).stream().map(Variant::exerciseId).toList();
            assertThat(covered).as("exercises of %s with a variant", lesson.id())
                    .containsAll(lesson.manifest().exercises().stream().map(e -> e.id()).toList());
        }
    }

    /** The grade of the lesson's reference solution with the variant's method swapped in. */
    private static GradeReport graded(Lesson lesson, Variant variant) {
        return TestCourse.gradeOnce(key(lesson, variant), () -> submissionWith(lesson, variant), List.of(lesson.id()));
    }

    /** The variant's key for {@link TestCourse#gradeOnce}. */
    static String key(Lesson lesson, Variant variant) {
        return "variant " + variant.name() + " of " + lesson.id();
    }

    /** A submission holding the lesson's reference solution with the variant's method swapped in. */
    static Submission submissionWith(Lesson lesson, Variant variant) {
        Path root = TestCourse.workFolder("variants").resolve(lesson.id()).resolve(variant.name());
        Path solutions = TestCourse.COURSE.solutions().orElseThrow().resolve(lesson.id());
        try {
            for (String studentFile : lesson.studentFiles()) {
                String source = Files.readString(solutions.resolve(studentFile));
                if (Path.of(studentFile).getFileName().toString().equals(variant.className() + ".java")) {
                    source = variant.applyTo(source);
                }
                Path target = root.resolve(lesson.id()).resolve(studentFile);
                Files.createDirectories(target.getParent());
                Files.writeString(target, source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Submission.folder(root);
    }
}
