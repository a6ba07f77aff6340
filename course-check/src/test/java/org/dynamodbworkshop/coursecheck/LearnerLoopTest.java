package org.dynamodbworkshop.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dynamodbworkshop.grader.cli.Workshop;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.engine.Grader;
import org.dynamodbworkshop.grader.engine.Limits;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.LessonStatus;
import org.dynamodbworkshop.grader.model.Measurement;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.watch.LessonWatcher;
import org.dynamodbworkshop.testkit.DynamoDbTarget;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/*
 * Alone: in a full self-check run, progress of the real checkout once failed while other classes graded at the same
 * time (it passes alone); its timing-sensitive watch tests are better off alone too.
 */
@Isolated
@DisplayName("The learner's loop: hint, progress and watch")
class LearnerLoopTest {

    private static final String LESSON1 = "lesson1-basic-table";

    @Test
    @DisplayName("hint prints the exercise's section of HINTS.md, and an unknown exercise gets one line and exit 2")
    void hintPrintsSection() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int found = Workshop.run(new PrintWriter(out, true), new PrintWriter(err, true), "hint", "1.5");
        int unknown = Workshop.run(new PrintWriter(out, true), new PrintWriter(err, true), "hint", "9.9");

        assertThat(found).isZero();
        assertThat(out.toString()).startsWith("## 1.5 Songs of an artist by title prefix").contains("begins_with")
                .doesNotContain("## 1.6");
        assertThat(unknown).isEqualTo(Workshop.USAGE);
        assertThat(err.toString().strip()).isEqualTo(
                "workshop: No exercise 9.9; exercises are numbered like 1.4 (lesson 1, exercise 4): see each lesson's README");
    }

    @Test
    @DisplayName("progress shows every lesson of the checkout, not started, and exercise 1.1 as the next step")
    void progressOfUntouchedCheckout() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        // Like the terminal's writer: it flushes at a line end, and holds back what follows the last one.
        StringWriter err = new StringWriter();
        int exitCode = Workshop.run(new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true),
                new PrintWriter(err, true), "progress");

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).as(err.toString()).isZero();
        for (Lesson lesson : TestCourse.COURSE.lessons()) {
            assertThat(out).contains(lesson.id());
        }
        assertThat(out).contains("1.1   Create the Music table").contains("not started")
                .contains("Total: 0 /").contains("Next: Exercise 1.1 (Create the Music table)");
    }

    @Test
    @ResourceLock(DynamoDbTarget.LOCAL_ENDPOINT_PROPERTY)
    @DisplayName("watch runs the tests, then again within seconds when the student file is saved")
    void watchReactsToSave() throws Exception {
        Lesson lesson = TestCourse.COURSE.lesson(LESSON1).orElseThrow();
        String studentFile = lesson.studentFiles().get(0);
        String stub = Files.readString(lesson.dir().resolve(studentFile));
        String solution = Files.readString(TestCourse.COURSE.solutions().orElseThrow().resolve(LESSON1).resolve(studentFile));
        SubmissionFixtures submission = SubmissionFixtures.solutionsOf("watched", List.of(LESSON1))
                .write(LESSON1 + "/" + studentFile, stub);
        BlockingQueue<LessonResult> results = new LinkedBlockingQueue<>();
        StringWriter output = new StringWriter();

        ExecutorService background = Executors.newSingleThreadExecutor();
        try (LessonWatcher watcher = new LessonWatcher(TestCourse.GRADER, lesson, submission.submission(),
                Duration.ofSeconds(20), new PrintWriter(output, true))) {
            Future<?> watching = background.submit(() -> watchUntilInterrupted(watcher, results));
            LessonResult first = results.poll(2, TimeUnit.MINUTES);
            Instant saved = Instant.now();
            submission.write(LESSON1 + "/" + studentFile, solution);
            LessonResult afterSave = results.poll(2, TimeUnit.MINUTES);
            Duration reaction = Duration.between(saved, Instant.now());
            watching.cancel(true);

            assertThat(first).as("the first run's result").isNotNull();
            assertThat(first.exercises()).flatExtracting(ExerciseResult::tests).isNotEmpty()
                    .allSatisfy(test -> assertThat(test.outcome()).isEqualTo(Outcome.NOT_ATTEMPTED));
            assertThat(output.toString()).contains("First failure: 1.1");
            assertThat(afterSave).as("the result after the save").isNotNull();
            assertThat(afterSave.score()).isEqualTo(afterSave.maxScore());
            System.out.printf("Watch: the result of a save appeared %.1f s after it%n", reaction.toMillis() / 1000.0);
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    @ResourceLock(DynamoDbTarget.LOCAL_ENDPOINT_PROPERTY)
    @DisplayName("each run of one watcher sees the student's latest classes (the solution, a broken exercise, the fix),"
            + " and shows each exercise's state as its tests finish")
    void everyRunSeesLatestClasses() throws IOException {
        Lesson lesson = TestCourse.COURSE.lesson(LESSON1).orElseThrow();
        SubmissionFixtures submission = SubmissionFixtures.solutionsOf("rerun", List.of(LESSON1));
        String studentFile = LESSON1 + "/" + lesson.studentFiles().get(0);
        String solution = Files.readString(submission.path().resolve(studentFile));
        StringWriter output = new StringWriter();

        try (LessonWatcher watcher = new LessonWatcher(TestCourse.GRADER, lesson, submission.submission(),
                Duration.ofSeconds(20), new PrintWriter(output, true))) {
            LessonResult solved = watcher.runOnce();
            submission.withMethod(LESSON1, "MusicCatalog", "countSongs", "public int countSongs() { return 0; }");
            LessonResult broken = watcher.runOnce();
            submission.write(studentFile, solution);
            LessonResult fixed = watcher.runOnce();

            assertThat(solved.score()).as("the solution's score").isEqualTo(solved.maxScore());
            assertThat(broken.exercises()).as("after countSongs broke")
                    .allSatisfy(exercise -> assertThat(exercise.score() == exercise.maxScore())
                            .as(exercise.id()).isEqualTo(!exercise.id().equals("1.9")));
            assertThat(fixed.score()).as("the score once fixed").isEqualTo(fixed.maxScore());
            List<String> shownAsFinished = output.toString().lines()
                    .filter(line -> line.startsWith("Running the tests...")).toList();
            assertThat(shownAsFinished).as("a line per run, with each exercise's state as its tests finished")
                    .hasSize(3)
                    .allSatisfy(line -> lesson.manifest().exercises()
                            .forEach(exercise -> assertThat(line).contains("  " + exercise.id() + " ")));
            assertThat(shownAsFinished.get(1)).contains("  1.9 failing", "  1.8 done");
            for (ExerciseResult exercise : solved.exercises()) {
                assertThat(exercise.measured().map(Measurement::usage)).as("what the solution read and wrote in %s,"
                        + " against the lesson's reference figures", exercise.id())
                        .isPresent().isEqualTo(exercise.reference().map(Measurement::usage));
            }
            assertThat(output.toString()).as("the watch's table").contains("        Your code: ")
                    .contains("The reference: ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"the stub committed in git", "no git, so no stub to compile the course against"})
    @ResourceLock(DynamoDbTarget.LOCAL_ENDPOINT_PROPERTY)
    @DisplayName("a missing ';' in the checkout's student file is the student's compile error, with file and line, in"
            + " watch (which keeps watching, and passes once a save fixes it), progress, grade and the scripts")
    void typoIsTheStudentsError(String checkout) throws Exception {
        boolean git = checkout.startsWith("the stub");
        String name = git ? "typo-git" : "typo-no-git";
        CourseCopy copy = CourseCopy.ofLesson(LESSON1, TestCourse.workFolder(name + "/course"));
        if (git) {
            copy.committed();
        }
        Course course = copy.course();
        Lesson lesson = course.lesson(LESSON1).orElseThrow();
        Path studentFile = copy.studentFile(lesson, lesson.studentFiles().get(0));
        String solution = Files.readString(TestCourse.COURSE.solutions().orElseThrow().resolve(LESSON1)
                .resolve(lesson.studentFiles().get(0)));
        List<String> lines = new ArrayList<>(solution.lines().toList());
        int typoLine = lines.indexOf(lines.stream().filter(line -> line.contains("public int countSongs()"))
                .findFirst().orElseThrow()) + 2;
        lines.add(typoLine - 1, "        int typo = 1");
        Files.writeString(studentFile, String.join("\n", lines) + "\n");
        String expected = "MusicCatalog.java:" + typoLine + ": ';' expected";

        LessonResult graded;
        try (Grader grader = new Grader(course, Limits.DEFAULTS, TestCourse.workFolder(name + "/grade"))) {
            graded = grader.grade(Submission.folder(course.root()), List.of()).lessons().get(0);
        }
        CourseCopy.Run progress = copy.workshop("progress");
        CourseCopy.Run script = copy.workshop(LESSON1, "count", "--endpoint", "http://localhost:1");

        assertThat(graded.status()).isEqualTo(LessonStatus.COMPILE_ERROR);
        assertThat(graded.detail()).startsWith(expected);
        assertThat(progress.exitCode()).as(progress.toString()).isZero();
        assertThat(progress.out()).as(progress.toString()).contains("does not compile", "    " + expected)
                .contains("Next: Fix the compile errors in " + LESSON1);
        assertThat(progress.err()).as(progress.toString()).doesNotContain("course's own code");
        assertThat(script.exitCode()).as(script.toString()).isEqualTo(Workshop.USAGE);
        assertThat(script.err()).as(script.toString())
                .startsWith("workshop: your MusicCatalog.java does not compile, so no script of " + LESSON1)
                .contains("  " + expected);

        BlockingQueue<LessonResult> results = new LinkedBlockingQueue<>();
        StringWriter output = new StringWriter();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (Grader grader = new Grader(course, Limits.DEFAULTS, TestCourse.workFolder(name + "/watch"));
             LessonWatcher watcher = new LessonWatcher(grader, lesson, Submission.folder(course.root()),
                     Duration.ofSeconds(20), new PrintWriter(output, true))) {
            Future<?> watching = background.submit(() -> watchUntilInterrupted(watcher, results));
            LessonResult first = results.poll(2, TimeUnit.MINUTES);
            String shownFirst = output.toString();
            Files.writeString(studentFile, solution);
            LessonResult afterSave = results.poll(2, TimeUnit.MINUTES);
            if (afterSave == null && watching.isDone()) {
                watching.get();
            }
            watching.cancel(true);

            assertThat(first).as("the first run's result").isNotNull();
            assertThat(first.status()).isEqualTo(LessonStatus.COMPILE_ERROR);
            assertThat(shownFirst).contains("Your MusicCatalog.java does not compile, so no test of " + LESSON1 + " ran:",
                    "    " + expected, "Fix it and save")
                    .doesNotContain("course's own code").doesNotContain("not started");
            assertThat(afterSave).as("the result after the save that fixed it").isNotNull();
            assertThat(afterSave.status()).isEqualTo(LessonStatus.GRADED);
            assertThat(afterSave.score()).isEqualTo(afterSave.maxScore());
            assertThat(output.toString().substring(shownFirst.length())).contains("Running the tests...")
                    .contains("1.11  Delete the table");
        } finally {
            background.shutdownNow();
        }
    }

    private static Void watchUntilInterrupted(LessonWatcher watcher, BlockingQueue<LessonResult> results)
            throws IOException {
        try {
            watcher.watch(results::add);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
