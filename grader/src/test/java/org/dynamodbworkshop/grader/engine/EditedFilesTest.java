package org.dynamodbworkshop.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.dynamodbworkshop.grader.FixtureCourse;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.LessonStatus;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.model.TestResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Tests and build files a student edited never count, and are listed as warnings")
class EditedFilesTest {

    private static final String TESTS = FixtureCourse.LESSON + "/src/test/java/org/dynamodbworkshop/lesson9/";

    @Test
    @DisplayName("a rewritten and an added test that pass anyway earn nothing: only the solved exercise scores")
    void editedTestsDoNotCount() {
        GradeReport report = grade("edited-test");

        LessonResult lesson = report.lessons().get(0);
        assertThat(lesson.exercises()).extracting(ExerciseResult::id, ExerciseResult::score)
                .containsExactly(tuple("9.1", 5.0), tuple("9.2", 0.0), tuple("9.3", 0.0));
        assertThat(lesson.exercises().subList(1, 3)).flatExtracting(ExerciseResult::tests)
                .as("the course's own tests of 9.2 and 9.3, on the stub's methods")
                .extracting(TestResult::name, TestResult::outcome)
                .containsExactlyInAnyOrder(
                        tuple("lists the titles of the artist's songs in playlist order", Outcome.NOT_ATTEMPTED),
                        tuple("gives an empty list for an artist without songs", Outcome.NOT_ATTEMPTED),
                        tuple("finds the song of the latest year", Outcome.NOT_ATTEMPTED),
                        tuple("keeps the first added of two songs of the same year", Outcome.NOT_ATTEMPTED),
                        tuple("is empty for an empty playlist", Outcome.NOT_ATTEMPTED));
        assertThat(report.warnings()).containsExactly(
                "Extra file, not used: " + TESTS + "ExtraCreditTest.java",
                "Changed file, not used (the course's own copy was used): " + TESTS + "TitlesByTest.java");
    }

    @Test
    @DisplayName("edited poms change nothing: the course's own build is used, the solution gets full marks")
    void editedPomsDoNotCount() {
        GradeReport report = grade("edited-pom");

        LessonResult lesson = report.lessons().get(0);
        assertThat(lesson.status()).isEqualTo(LessonStatus.GRADED);
        assertThat(lesson.exercises()).flatExtracting(ExerciseResult::tests).hasSize(6)
                .allSatisfy(test -> assertThat(test.outcome()).as(test.name()).isEqualTo(Outcome.PASSED));
        assertThat(report.score()).isEqualTo(20);
        assertThat(report.warnings()).containsExactly(
                "Changed file, not used (the course's own copy was used): " + FixtureCourse.LESSON + "/pom.xml",
                "Changed file, not used (the course's own copy was used): pom.xml");
    }

    private static GradeReport grade(String submission) {
        return FixtureCourse.grader().grade(Submission.folder(FixtureCourse.submission(submission)), List.of());
    }
}
