package org.dynamodbworkshop.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.LessonStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Proves the lesson suites grade well; what it shows does not depend on the JDK. */
@Tag(TestCourse.SUITE_QUALITY)
@DisplayName("Correct solutions written differently get full marks too")
class AlternativesTest {

    /** Each folder of {@code solutions/<lesson>/alternatives/} holds a second correct version of the student files. */
    static Stream<Arguments> alternatives() throws IOException {
        List<Arguments> alternatives = new ArrayList<>();
        for (Lesson lesson : TestCourse.COURSE.lessons()) {
            Path folder = TestCourse.COURSE.solutions().orElseThrow().resolve(lesson.id()).resolve("alternatives");
            if (Files.isDirectory(folder)) {
                try (Stream<Path> children = Files.list(folder)) {
                    children.filter(Files::isDirectory).sorted()
                            .forEach(child -> alternatives.add(Arguments.of(lesson.id(), child.getFileName().toString(),
                                    lesson, child)));
                }
            }
        }
        return alternatives.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("alternatives")
    void alternativeGetsFullMarks(String lessonId, String name, Lesson lesson, Path alternative) throws IOException {
        SubmissionFixtures submission = SubmissionFixtures.solutionsOf("alternative-" + lessonId + "-" + name, List.of());
        for (String file : lesson.studentFiles()) {
            submission.write(lessonId + "/" + file, Files.readString(alternative.resolve(file)));
        }

        LessonResult result = TestCourse.GRADER.grade(submission.submission(), List.of(lessonId)).lessons().get(0);

        assertThat(result.status()).as("the lesson's status (%s)", result.detail()).isEqualTo(LessonStatus.GRADED);
        assertThat(result.exercises()).flatExtracting(exercise -> exercise.tests())
                .filteredOn(test -> test.score() < test.maxScore())
                .as("tests the alternative solution does not pass").isEmpty();
        assertThat(result.score()).isEqualTo(result.maxScore());
    }

    @Test
    @DisplayName("every lesson has at least one alternative solution")
    void everyLessonHasAnAlternative() throws IOException {
        List<String> covered = alternatives().map(arguments -> (String) arguments.get()[0]).distinct().toList();

        assertThat(covered).containsExactlyInAnyOrderElementsOf(
                TestCourse.COURSE.lessons().stream().map(Lesson::id).toList());
    }
}
