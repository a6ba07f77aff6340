package org.dynamodbworkshop.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dynamodbworkshop.grader.FixtureCourse;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.LessonStatus;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.model.TestResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The grader contains compile errors, hangs, crashes and floods of output, in warm workers and fresh JVMs")
class ContainmentTest {

    /** Short enough to keep a hang cheap, long enough for a test of the fixture on a busy machine; a small heap. */
    private static final Limits SHORT = new Limits(Duration.ofSeconds(5), Duration.ofMinutes(1), "64m");
    /** One grader of each kind, each with one test JVM: a warm worker must be replaced after each crash. */
    private static final Map<Isolation, Grader> GRADERS = new EnumMap<>(Map.of(
            Isolation.WARM_WORKERS, FixtureCourse.grader(SHORT, Isolation.WARM_WORKERS, "containment-warm"),
            Isolation.FRESH_JVM, FixtureCourse.grader(SHORT, Isolation.FRESH_JVM, "containment-fresh")));

    /** The fixture lesson's tests, as "exercise test name". */
    private static final List<String> TESTS = List.of(
            "9.1 counts every song of the playlist",
            "9.2 lists the titles of the artist's songs in playlist order",
            "9.2 gives an empty list for an artist without songs",
            "9.3 finds the song of the latest year",
            "9.3 keeps the first added of two songs of the same year",
            "9.3 is empty for an empty playlist");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Isolation.class)
    @DisplayName("a compile error makes the lesson compile_error, with the compiler's message and every exercise at 0")
    void compileErrorMakesTheLessonCompileError(Isolation isolation) {
        LessonResult lesson = grade(isolation, "compile-error");

        assertThat(lesson.status()).isEqualTo(LessonStatus.COMPILE_ERROR);
        assertThat(lesson.detail()).as("the compiler's message").contains("Playlist.java:16:", "cannot find symbol");
        assertThat(lesson.score()).isZero();
        assertThat(lesson.exercises()).extracting(ExerciseResult::id, ExerciseResult::score, ExerciseResult::maxScore)
                .containsExactly(tuple("9.1", 0.0, 5), tuple("9.2", 0.0, 5), tuple("9.3", 0.0, 10));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Isolation.class)
    @DisplayName("an infinite loop times out exactly its exercise's test, within the lesson's limit; the others pass")
    void infiniteLoopTimesOutItsExerciseOnly(Isolation isolation) {
        LessonResult lesson = grade(isolation, "hanging");

        assertThat(lesson.status()).as("graded, not cut off by the lesson's own limit").isEqualTo(LessonStatus.GRADED);
        assertThat(outcomes(lesson))
                .isEqualTo(allPassedBut("9.1 counts every song of the playlist", Outcome.TIMED_OUT));
        assertThat(lesson.score()).isEqualTo(15);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Isolation.class)
    @DisplayName("System.exit crashes the lesson: the test that called it is an error, every other test is graded")
    void systemExitIsContained(Isolation isolation) {
        LessonResult lesson = grade(isolation, "system-exit");

        assertThat(lesson.status()).isEqualTo(LessonStatus.CRASHED);
        assertThat(lesson.detail()).contains("exit code 3");
        assertThat(outcomes(lesson)).isEqualTo(allPassedBut("9.3 is empty for an empty playlist", Outcome.ERROR));
        assertThat(test(lesson, "is empty for an empty playlist").message())
                .startsWith("The test JVM stopped during this test");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Isolation.class)
    @DisplayName("running out of the small heap crashes the lesson: that test is an error, every other test is graded")
    void outOfMemoryIsContained(Isolation isolation) {
        LessonResult lesson = grade(isolation, "out-of-memory");

        assertThat(lesson.status()).isEqualTo(LessonStatus.CRASHED);
        assertThat(lesson.detail()).contains("OutOfMemoryError");
        assertThat(outcomes(lesson))
                .isEqualTo(allPassedBut("9.2 gives an empty list for an artist without songs", Outcome.ERROR));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Isolation.class)
    @DisplayName("megabytes printed on System.out and System.err change nothing: every test passes")
    void hugeOutputIsContained(Isolation isolation) {
        LessonResult lesson = grade(isolation, "huge-output");

        assertThat(lesson.status()).isEqualTo(LessonStatus.GRADED);
        assertThat(outcomes(lesson)).isEqualTo(allPassed());
        assertThat(lesson.score()).isEqualTo(lesson.maxScore());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Isolation.class)
    @DisplayName("lines the student's code prints in the shape of events are no events: the unsolved stays unsolved")
    void printedEventsAreNoEvents(Isolation isolation) {
        LessonResult lesson = grade(isolation, "forged-events");

        assertThat(lesson.status()).isEqualTo(LessonStatus.GRADED);
        assertThat(lesson.score()).isZero();
        assertThat(outcomes(lesson).values()).containsOnly(Outcome.NOT_ATTEMPTED);
    }

    private static LessonResult grade(Isolation isolation, String submission) {
        return GRADERS.get(isolation).grade(Submission.folder(FixtureCourse.submission(submission)), List.of())
                .lessons().get(0);
    }

    /** Each test's outcome, by "exercise test name", in report order. */
    private static Map<String, Outcome> outcomes(LessonResult lesson) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        lesson.exercises().forEach(exercise -> exercise.tests()
                .forEach(test -> outcomes.put(exercise.id() + " " + test.name(), test.outcome())));
        return outcomes;
    }

    private static Map<String, Outcome> allPassed() {
        return allPassedBut("", Outcome.PASSED);
    }

    private static Map<String, Outcome> allPassedBut(String test, Outcome outcome) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        TESTS.forEach(name -> outcomes.put(name, name.equals(test) ? outcome : Outcome.PASSED));
        return outcomes;
    }

    private static TestResult test(LessonResult lesson, String name) {
        return lesson.exercises().stream().flatMap(exercise -> exercise.tests().stream())
                .filter(test -> test.name().equals(name)).findFirst().orElseThrow();
    }
}
