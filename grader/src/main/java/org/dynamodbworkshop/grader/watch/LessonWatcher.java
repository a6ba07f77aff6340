package org.dynamodbworkshop.grader.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.engine.Grader;
import org.dynamodbworkshop.grader.engine.LessonCompiler.CompiledLesson;
import org.dynamodbworkshop.grader.engine.LessonCompiler;
import org.dynamodbworkshop.grader.engine.LessonGrader;
import org.dynamodbworkshop.grader.engine.StudentFilesDoNotCompile;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.LessonStatus;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.model.TestResult;
import org.dynamodbworkshop.grader.report.ConsoleReport;
import org.dynamodbworkshop.grader.report.NextStep;

/**
 * The learner's loop: runs a lesson's tests on the student's files, then again each time one of them is saved, and
 * shows each exercise's state and the message of the first failing test. The tests run in this JVM, so a run after
 * a save takes seconds rather than a Maven build. A student file that does not compile is shown as the learner's
 * error, with its file and line, until a save fixes it: the watch goes on.
 */
public final class LessonWatcher implements AutoCloseable {

    /** A save often arrives as several file events; wait this long for the last one. */
    private static final long SETTLE_MILLIS = 150;

    private final Grader grader;
    private final Lesson lesson;
    private final Submission submission;
    private final Duration testTimeout;
    private final PrintWriter out;
    private final LessonCompiler compiler = new LessonCompiler();
    /** Started with the first run whose code compiles: DynamoDB Local and the libraries, kept for the next runs. */
    private InProcessRunner runner;

    public LessonWatcher(Grader grader, Lesson lesson, Submission submission, Duration testTimeout, PrintWriter out) {
        this.grader = grader;
        this.lesson = lesson;
        this.submission = submission;
        this.testTimeout = testTimeout;
        this.out = out;
    }

    /**
     * Compiles the student's files and runs the lesson's tests once, printing each exercise's state as its tests
     * finish, then the outcome.
     */
    public LessonResult runOnce() {
        Instant start = Instant.now();
        LessonResult result = compileAndRun();
        if (result.status() == LessonStatus.COMPILE_ERROR) {
            out.println(compileErrorMessage(result));
            out.printf("%nFix it and save: the tests run again. Ctrl-C to stop.%n");
            out.flush();
            return result;
        }
        out.print(ConsoleReport.lesson(result));
        exerciseToShow(result).flatMap(LessonWatcher::firstFailure)
                .ifPresent(failure -> out.println("\nFirst failure: " + failure));
        out.printf("%nRan in %.1f s. Save a file to run again; Ctrl-C to stop.%n",
                Duration.between(start, Instant.now()).toMillis() / 1000.0);
        out.flush();
        return result;
    }

    private LessonResult compileAndRun() {
        List<Path> studentFiles = submission.studentFiles(lesson);
        if (studentFiles.isEmpty()) {
            return LessonGrader.result(lesson, LessonStatus.MISSING, "None of the lesson's files is there: "
                    + String.join(", ", lesson.studentFiles()), List.of());
        }
        CompiledLesson compiled;
        try {
            compiled = grader.compiledCourse(lesson);
        } catch (StudentFilesDoNotCompile e) {
            // No stub to compile the course against, and the learner's own file does not compile: it is theirs.
            return LessonGrader.result(lesson, LessonStatus.COMPILE_ERROR, e.compilerMessages(), List.of());
        }
        Path classes = grader.newWorkDir(lesson).resolve("student");
        String errors = compiler.compileStudentFiles(compiled, studentFiles, classes);
        if (!errors.isEmpty()) {
            return LessonGrader.result(lesson, LessonStatus.COMPILE_ERROR, errors, List.of());
        }
        if (runner == null) {
            runner = new InProcessRunner(compiled, testTimeout);
        }
        out.print("Running the tests...");
        out.flush();
        LessonResult result = runner.run(classes, this::showFinished);
        out.println();
        out.println();
        return result;
    }

    /** The learner's compile error: their file, its line and the compiler's words; no test ran. */
    private String compileErrorMessage(LessonResult result) {
        String files = String.join(", ", submission.studentFiles(lesson).stream()
                .map(file -> file.getFileName().toString()).toList());
        return "Your " + (files.isEmpty() ? "code" : files) + " does not compile, so no test of " + lesson.id()
                + " ran:\n" + result.detail().lines().map(line -> "    " + line).collect(Collectors.joining("\n"));
    }

    /** Shows an exercise's state as soon as its tests finish: a long lesson reacts at once to a save. */
    private void showFinished(ExerciseResult exercise) {
        out.print("  " + exercise.id() + " " + NextStep.state(exercise));
        out.flush();
    }

    /**
     * Runs once, then again after every save of a student file, until the thread is interrupted; hands each result
     * to {@code onResult}.
     */
    public void watch(Consumer<LessonResult> onResult) throws IOException, InterruptedException {
        List<Path> files = submission.studentFiles(lesson);
        Set<Path> folders = files.stream().map(Path::getParent).collect(Collectors.toSet());
        Set<Path> names = files.stream().map(Path::getFileName).collect(Collectors.toSet());
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            for (Path folder : folders) {
                folder.register(watcher, ENTRY_CREATE, ENTRY_MODIFY);
            }
            onResult.accept(runOnce());
            while (!Thread.currentThread().isInterrupted()) {
                if (awaitSave(watcher, names)) {
                    out.println();
                    onResult.accept(runOnce());
                }
            }
        }
    }

    /** Waits for a change to one of the student files, then for the burst of events of that save to settle. */
    private static boolean awaitSave(WatchService watcher, Set<Path> names) throws InterruptedException {
        boolean saved = false;
        WatchKey key = watcher.take();
        while (key != null) {
            saved |= key.pollEvents().stream().anyMatch(event -> names.contains((Path) event.context()));
            key.reset();
            key = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
        return saved;
    }

    /** The first exercise the learner has started but not finished, else the first not started. */
    private static Optional<ExerciseResult> exerciseToShow(LessonResult result) {
        return result.exercises().stream().filter(exercise -> exercise.isStarted() && !exercise.isDone()).findFirst()
                .or(result::nextExercise);
    }

    private static Optional<String> firstFailure(ExerciseResult exercise) {
        return exercise.tests().stream()
                .filter(test -> test.outcome() != Outcome.PASSED)
                .findFirst()
                .map(test -> exercise.id() + " " + test.name() + "\n" + indent(test));
    }

    private static String indent(TestResult test) {
        return test.message().lines().limit(12).map(line -> "    " + line).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        if (runner != null) {
            runner.close();
        }
    }
}
