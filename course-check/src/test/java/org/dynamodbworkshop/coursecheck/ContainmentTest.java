package org.dynamodbworkshop.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.engine.Grader;
import org.dynamodbworkshop.grader.engine.Limits;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.LessonStatus;
import org.dynamodbworkshop.grader.model.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The grader contains compile errors, crashes and hangs")
class ContainmentTest {

    private static final String LESSON1 = "lesson1-basic-table";
    private static final Limits SHORT = new Limits(Duration.ofSeconds(10), Duration.ofMinutes(3), "512m");
    private static final Grader GRADER = new Grader(TestCourse.COURSE, SHORT, TestCourse.workFolder("containment"));

    @Test
    @DisplayName("a compile error in lesson 1's student file makes lesson 1 compile_error, and the others are graded")
    void compileErrorStaysInItsLesson() {
        List<String> lessons = TestCourse.COURSE.lessons().stream().map(Lesson::id).toList();
        SubmissionFixtures submission = SubmissionFixtures.solutionsOf("compile-error", lessons)
                .withMethod(LESSON1, "MusicCatalog", "countSongs", "public int countSongs() { return nope; }");

        GradeReport report = GRADER.grade(submission.submission(), List.of());

        LessonResult lesson1 = report.lessons().get(0);
        assertThat(lesson1.status()).isEqualTo(LessonStatus.COMPILE_ERROR);
        assertThat(lesson1.detail()).as("the compiler's message").contains("MusicCatalog.java").contains("nope");
        assertThat(lesson1.score()).isZero();
        assertThat(report.lessons().subList(1, report.lessons().size()))
                .allSatisfy(other -> assertThat(other.status()).as(other.id()).isEqualTo(LessonStatus.GRADED));
    }

    @Test
    @DisplayName("an infinite loop times out only its exercise's tests; the rest of the lesson is graded in bounded time")
    void infiniteLoopTimesOutItsExerciseOnly() {
        SubmissionFixtures submission = SubmissionFixtures.solutionsOf("infinite-loop", List.of(LESSON1))
                .withMethod(LESSON1, "MusicCatalog", "songsBy", """
                        public List<Song> songsBy(String artist) {
                            long spins = 0;
                            while (artist != null) {
                                spins++;
                            }
                            return List.of();
                        }""");
        Instant start = Instant.now();

        LessonResult lesson = GRADER.grade(submission.submission(), List.of(LESSON1)).lessons().get(0);

        assertThat(Duration.between(start, Instant.now())).as("grading time").isLessThan(SHORT.lessonTimeout());
        assertThat(lesson.status()).isEqualTo(LessonStatus.GRADED);
        for (ExerciseResult exercise : lesson.exercises()) {
            Outcome expected = exercise.id().equals("1.4") ? Outcome.TIMED_OUT : Outcome.PASSED;
            assertThat(exercise.tests()).as("tests of %s", exercise.id()).isNotEmpty()
                    .allSatisfy(test -> assertThat(test.outcome()).as(test.name()).isEqualTo(expected));
        }
    }

    @Test
    @DisplayName("System.exit in student code crashes only the tests that call it; the others keep their results")
    void systemExitIsContained() {
        SubmissionFixtures submission = SubmissionFixtures.solutionsOf("system-exit", List.of(LESSON1))
                .withMethod(LESSON1, "MusicCatalog", "getSong", """
                        public Optional<Song> getSong(String artist, String songTitle) {
                            System.exit(3);
                            return Optional.empty();
                        }""");

        LessonResult lesson = GRADER.grade(submission.submission(), List.of(LESSON1)).lessons().get(0);

        assertThat(lesson.status()).isEqualTo(LessonStatus.CRASHED);
        assertThat(lesson.detail()).contains("exit code 3");
        for (ExerciseResult exercise : lesson.exercises()) {
            Outcome expected = exercise.id().equals("1.3") ? Outcome.ERROR : Outcome.PASSED;
            assertThat(exercise.tests()).as("tests of %s", exercise.id()).isNotEmpty()
                    .allSatisfy(test -> assertThat(test.outcome()).as(test.name()).isEqualTo(expected));
        }
    }
}
