package org.dynamodbworkshop.grader.engine;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.engine.LessonCompiler.CompiledLesson;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.LessonStatus;
import org.dynamodbworkshop.grader.model.Measurement;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.model.Points;
import org.dynamodbworkshop.grader.model.TestResult;
import org.dynamodbworkshop.grader.protocol.Event.Malformed;
import org.dynamodbworkshop.grader.protocol.EventTail;
import org.dynamodbworkshop.grader.protocol.Job;
import org.dynamodbworkshop.testkit.LessonManifest;
import org.dynamodbworkshop.testkit.ReferenceUsage;
import org.dynamodbworkshop.testkit.Usage;

/**
 * Grades one lesson of one submission: compiles the student's files, runs the official tests in a test JVM (see
 * {@link Isolation}) with a time limit per test and per lesson and a memory cap, and runs them on in a new test JVM
 * past a test that crashed or hung the last one.
 */
public final class LessonGrader {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final int MAX_RESTARTS = 20;
    private static final int CRASH_LINES = 5;
    private static final int MAX_QUOTED = 200;

    private final LessonCompiler compiler;
    private final Limits limits;
    private final TestJvms jvms;

    LessonGrader(LessonCompiler compiler, Limits limits, TestJvms jvms) {
        this.compiler = compiler;
        this.limits = limits;
        this.jvms = jvms;
    }

    /**
     * Grades the lesson with the given student sources (absent ones fall back to the course's stubs).
     *
     * @param studentSources the submission's student files, in manifest order; empty means the lesson is missing
     */
    LessonResult grade(CompiledLesson lesson, List<Path> studentSources, Path workDir) {
        if (studentSources.isEmpty()) {
            return result(lesson.lesson(), LessonStatus.MISSING, "The submission has none of this lesson's files.",
                    List.of());
        }
        Path studentClasses = workDir.resolve("student");
        String errors = compiler.compileStudentFiles(lesson, studentSources, studentClasses);
        if (!errors.isEmpty()) {
            return result(lesson.lesson(), LessonStatus.COMPILE_ERROR, errors, List.of());
        }
        return runTests(lesson, studentClasses, workDir);
    }

    private LessonResult runTests(CompiledLesson lesson, Path studentClasses, Path workDir) {
        TestEvents events = new TestEvents();
        Set<String> handledTimeouts = new HashSet<>();
        Instant deadline = null;
        LessonStatus status = LessonStatus.GRADED;
        String detail = "";
        for (int run = 0; run <= MAX_RESTARTS; run++) {
            Path results = workDir.resolve("events-" + run + ".jsonl");
            EventTail tail = new EventTail(results);
            events.startRun();
            TestJvm jvm = start(lesson, job(lesson, studentClasses, results, events.finishedIds()), workDir);
            // The lesson's time counts from its first run, not from its wait for a free test JVM.
            deadline = deadline == null ? Instant.now().plus(limits.lessonTimeout()) : deadline;
            boolean exited = await(jvm, events, tail, handledTimeouts, deadline);
            tail.poll().forEach(events::apply);
            if (events.ended() && events.malformed().isEmpty()) {
                jvm.ended(events.end());
                break;
            }
            jvm.stop();
            if (events.malformed().isPresent()) {
                status = LessonStatus.CRASHED;
                detail = unreadable(events.malformed().get());
                events.markUnfinished(Outcome.ERROR, detail);
                break;
            }
            if (Instant.now().isAfter(deadline)) {
                status = LessonStatus.TIMED_OUT;
                detail = "The lesson took longer than its limit of " + limits.lessonTimeout().toSeconds() + " s.";
                events.markUnfinished(Outcome.TIMED_OUT, detail);
                break;
            }
            String lastLines = exited ? jvm.output().lastLines(CRASH_LINES) : "";
            if (exited && events.running() != null) {
                status = LessonStatus.CRASHED;
                detail = "The test JVM stopped during a test (exit code " + jvm.exitValue() + "): " + lastLines;
                events.markRunning(Outcome.ERROR, "The test JVM stopped during this test (System.exit, or out of"
                        + " memory?). " + lastLines);
            } else if (exited) {
                status = LessonStatus.CRASHED;
                detail = "The test JVM stopped outside any test (exit code " + jvm.exitValue() + "): " + lastLines;
                events.markUnfinished(Outcome.ERROR, detail);
                break;
            }
            // Otherwise a test timed out: the JVM was stopped so that its runaway thread stops too.
            handledTimeouts.addAll(events.finishedIds());
        }
        return result(lesson.lesson(), status, detail, events.tests());
    }

    /**
     * Waits for the run to end, and tells whether the JVM exited before it did; stops waiting early when a test times
     * out, the lesson's time is up or the JVM writes a line that is no event.
     */
    private boolean await(TestJvm jvm, TestEvents events, EventTail tail, Set<String> handledTimeouts,
                          Instant deadline) {
        try {
            while (!jvm.awaitExit(POLL)) {
                tail.poll().forEach(events::apply);
                if (events.ended() || events.anyTimedOut(handledTimeouts) || events.malformed().isPresent()
                        || Instant.now().isAfter(deadline)) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            jvm.stop();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while grading", e);
        }
    }

    /** The detail of a lesson whose run wrote a line that is no event. */
    public static String unreadable(Malformed event) {
        String line = event.line().length() > MAX_QUOTED ? event.line().substring(0, MAX_QUOTED) + "..." : event.line();
        return "The test JVM wrote a line the grader cannot read as an event (" + event.problem() + "): " + line;
    }

    private TestJvm start(CompiledLesson lesson, Job job, Path workDir) {
        try {
            return jvms.start(lesson, job, workDir);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a test JVM", e);
        }
    }

    private Job job(CompiledLesson lesson, Path studentClasses, Path events, Set<String> skipped) {
        return new Job(events, lesson.testClasses(), lesson.lessonClasspath(studentClasses),
                lesson.courseLibraries(), skipped, limits.testTimeout().toSeconds(),
                Set.copyOf(lesson.lesson().studentClassNames()));
    }

    public static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tests that carry no exercise of the manifest would silently grade nothing: name them. */
    private static List<String> ungradedTests(LessonManifest manifest, List<TestEvents.TestRecord> tests) {
        return tests.stream()
                .filter(test -> LessonManifest.exerciseIdAmong(test.tags()).flatMap(manifest::exercise).isEmpty())
                .map(test -> manifest.id() + ": test \"" + test.name() + "\" names no exercise of lesson.json")
                .toList();
    }

    public static LessonResult result(Lesson lesson, LessonStatus status, String detail,
                                      List<TestEvents.TestRecord> tests) {
        return result(lesson.manifest(), lesson.referenceUsage(), status, detail, tests);
    }

    /** The same, with the reference figures already read, for a caller that builds results as events arrive. */
    public static LessonResult result(LessonManifest manifest, ReferenceUsage reference, LessonStatus status,
                                      String detail, List<TestEvents.TestRecord> tests) {
        List<ExerciseResult> exercises = manifest.exercises().stream()
                .map(exercise -> exerciseResult(exercise, tests, reference))
                .toList();
        double score = Points.sum(exercises.stream().mapToDouble(ExerciseResult::score));
        int maxScore = manifest.exercises().stream().mapToInt(LessonManifest.Exercise::points).sum();
        return new LessonResult(manifest.id(), manifest.title(), status, detail, score, maxScore, exercises,
                ungradedTests(manifest, tests));
    }

    private static ExerciseResult exerciseResult(LessonManifest.Exercise exercise, List<TestEvents.TestRecord> tests,
                                                 ReferenceUsage reference) {
        List<TestEvents.TestRecord> own = tests.stream()
                .filter(test -> test.belongsTo(exercise.id()))
                .toList();
        List<Double> shares = Points.shares(exercise.points(), own.size());
        List<TestResult> results = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            TestEvents.TestRecord test = own.get(i);
            Outcome outcome = test.outcome() == null ? Outcome.ERROR : test.outcome();
            String message = test.outcome() == null ? "This test did not run." : test.message();
            double share = shares.get(i);
            Optional<Usage> usage = outcome == Outcome.NOT_ATTEMPTED ? Optional.empty() : test.usage();
            results.add(new TestResult(test.name(), outcome, message, outcome == Outcome.PASSED ? share : 0, share,
                    usage));
        }
        double score = Points.sum(results.stream().mapToDouble(TestResult::score));
        return new ExerciseResult(exercise.id(), exercise.title(), score, exercise.points(), results,
                referenceMeasurement(exercise.id(), results, reference));
    }

    /** The reference's figures over the tests that measured the learner's code, or over all its own where none did. */
    private static Optional<Measurement> referenceMeasurement(String exerciseId, List<TestResult> results,
                                                              ReferenceUsage reference) {
        Collection<String> measured = results.stream().filter(test -> test.usage().isPresent())
                .map(TestResult::name).toList();
        Collection<String> tests = measured.isEmpty() ? reference.testNames(exerciseId) : measured;
        return Measurement.of(tests.stream().map(test -> reference.test(exerciseId, test)).toList());
    }
}
