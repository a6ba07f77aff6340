package org.dynamodbworkshop.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.Measurement;
import org.dynamodbworkshop.grader.model.TestResult;
import org.dynamodbworkshop.testkit.ReferenceUsage;
import org.dynamodbworkshop.testkit.Usage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each lesson's {@code reference-usage.json} holds what the reference solution read and wrote in the grade of the
 * reference. After a change to a test, its data or the reference, regenerate the files (and the README column that
 * shows them) with {@code -Dreference.update=true} and review their diff.
 */
@DisplayName("The reference figures are what the reference solution consumes, and a scan consumes more")
class ReferenceUsageTest {

    private static final boolean UPDATE = Boolean.getBoolean("reference.update");

    static Stream<Lesson> lessons() {
        return TestCourse.COURSE.lessons().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    @DisplayName("each lesson's reference-usage.json holds what a grade of the reference measures")
    void referenceFiguresAreUpToDate(Lesson lesson) throws IOException {
        GradeReport report = TestCourse.gradeOnce(TestCourse.REFERENCE, () -> Submission.reference(TestCourse.COURSE),
                List.of());
        LessonResult graded = report.lessons().stream().filter(result -> result.id().equals(lesson.id()))
                .findFirst().orElseThrow();
        String measured = measured(graded).toJson(lesson.id());
        Path file = lesson.dir().resolve(ReferenceUsage.FILE_NAME);
        if (UPDATE) {
            Files.writeString(file, measured);
            Path readme = lesson.dir().resolve("README.md");
            Files.writeString(readme, ReferenceColumn.fill(Files.readString(readme), lesson.referenceUsage()));
        }
        assertThat(Files.exists(file) ? Files.readString(file) : "")
                .as("%s: regenerate it with mvn verify -Psolutions -pl course-check -am -Dtest=ReferenceUsageTest"
                        + " -Dreference.update=true, then review its diff", file)
                .isEqualTo(measured);
    }

    /** The variants that scan where a Query or GetItem would do, but not those that stop after a first page. */
    static Stream<Arguments> scanningVariants() {
        return lessons().flatMap(lesson -> Variant.of(TestCourse.COURSE, lesson).stream()
                .filter(variant -> variant.name().contains("-scan") && !variant.name().contains("first-page"))
                .map(variant -> Arguments.of(variant.name(), lesson, variant)));
    }

    @Tag(TestCourse.SUITE_QUALITY)
    @ParameterizedTest(name = "{0}")
    @MethodSource("scanningVariants")
    @DisplayName("a variant that scans reads more capacity than the reference in its exercise")
    void scanReadsMoreThanTheReference(String name, Lesson lesson, Variant variant) {
        GradeReport report = TestCourse.gradeOnce(VariantsTest.key(lesson, variant),
                () -> VariantsTest.submissionWith(lesson, variant), List.of(lesson.id()));
        ExerciseResult exercise = report.lessons().get(0).exercises().stream()
                .filter(result -> result.id().equals(variant.exerciseId())).findFirst().orElseThrow();

        assertThat(exercise.measured()).as("what %s read", name).isPresent();
        assertThat(exercise.reference()).as("what the reference read in the same tests").isPresent();
        assertThat(readUnits(exercise.measured().get())).as("read units of %s against the reference's", name)
                .isGreaterThan(readUnits(exercise.reference().get()));
    }

    /** The lesson's figures as the file holds them: each measured test's usage, by exercise. */
    private static ReferenceUsage measured(LessonResult lesson) {
        Map<String, Map<String, Usage>> byExercise = new TreeMap<>();
        for (ExerciseResult exercise : lesson.exercises()) {
            Map<String, Usage> tests = new TreeMap<>();
            for (TestResult test : exercise.tests()) {
                test.usage().ifPresent(usage -> tests.put(test.name(), usage));
            }
            assertThat(exercise.tests().stream().map(TestResult::name).distinct().count())
                    .as("tests of %s with a name of their own, by which the figures are kept", exercise.id())
                    .isEqualTo(exercise.tests().size());
            byExercise.put(exercise.id(), tests);
        }
        return new ReferenceUsage(byExercise);
    }

    private static double readUnits(Measurement measurement) {
        return measurement.usage().readUnits();
    }
}
