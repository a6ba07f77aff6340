package org.dynamodbworkshop.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.LessonStatus;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.model.TestResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The course's self-check: the reference solutions get full marks and the stubs none")
class SelfCheckTest {

    @Test
    @DisplayName("grading the reference solutions gives full marks in every lesson")
    void referenceSolutionsGetFullMarks() {
        GradeReport report = TestCourse.gradeOnce(TestCourse.REFERENCE, () -> Submission.reference(TestCourse.COURSE),
                List.of());

        for (LessonResult lesson : report.lessons()) {
            assertThat(lesson.status()).as("status of %s", lesson.id()).isEqualTo(LessonStatus.GRADED);
            assertThat(failures(lesson)).as("tests of %s that fail on the reference solution", lesson.id()).isEmpty();
            assertThat(lesson.score()).as("score of %s", lesson.id()).isEqualTo(lesson.maxScore());
        }
        assertThat(report.score()).isEqualTo(report.maxScore());
        assertThat(report.warnings()).as("warnings, such as tests that name no exercise").isEmpty();
    }

    @Test
    @DisplayName("grading the untouched stubs gives 0, with every graded test not attempted")
    void untouchedStubsGetNothing() {
        GradeReport report = TestCourse.gradeOnce(TestCourse.STUBS, () -> Submission.folder(TestCourse.COURSE.root()),
                List.of());

        int checked = 0;
        for (LessonResult lesson : report.lessons()) {
            assertThat(lesson.status()).as("status of %s", lesson.id()).isEqualTo(LessonStatus.GRADED);
            for (ExerciseResult exercise : lesson.exercises()) {
                assertThat(exercise.tests()).as("tests of exercise %s", exercise.id()).isNotEmpty()
                        .allSatisfy(test -> assertThat(test.outcome()).as(test.name() + ": " + test.message())
                                .isEqualTo(Outcome.NOT_ATTEMPTED));
                checked += exercise.tests().size();
            }
        }
        assertThat(report.score()).isZero();
        System.out.printf("Self-check: %d graded tests fail on the untouched stubs, each with the stub's exception.%n",
                checked);
    }

    private static List<String> failures(LessonResult lesson) {
        return lesson.exercises().stream()
                .flatMap(exercise -> exercise.tests().stream())
                .filter(test -> test.outcome() != Outcome.PASSED)
                .map(TestResult::toString)
                .toList();
    }
}
