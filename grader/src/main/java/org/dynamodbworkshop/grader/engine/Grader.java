package org.dynamodbworkshop.grader.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.course.UsageException;
import org.dynamodbworkshop.grader.engine.LessonCompiler.CompiledLesson;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.LessonStatus;
import org.dynamodbworkshop.grader.model.Points;

/**
 * Grades submissions against one copy of the course. The course's given code and tests are compiled once per
 * lesson and shared by every submission graded by this grader, so a class is graded without recompiling them; so are
 * its warm test JVMs, which it stops when closed.
 */
public final class Grader implements AutoCloseable {

    private final Course course;
    private final Path workRoot;
    private final LessonCompiler compiler = new LessonCompiler();
    private final TestJvms jvms;
    private final LessonGrader lessonGrader;
    private final Map<String, CompiledLesson> compiled = new ConcurrentHashMap<>();

    /** A grader with one warm test JVM. */
    public Grader(Course course, Limits limits, Path workRoot) {
        this(course, limits, Isolation.WARM_WORKERS, 1, workRoot);
    }

    /**
     * A grader.
     *
     * @param testJvms how many warm test JVMs the pool holds, and what each one's automatic heap is shared by; fresh
     *     JVMs run one per lesson being graded at the time
     */
    public Grader(Course course, Limits limits, Isolation isolation, int testJvms, Path workRoot) {
        this(course, limits, testJvms(isolation, testJvms, limits.maxHeap(testJvms), workRoot), workRoot);
    }

    Grader(Course course, Limits limits, TestJvms jvms, Path workRoot) {
        this.course = course;
        this.workRoot = workRoot;
        this.jvms = jvms;
        this.lessonGrader = new LessonGrader(compiler, limits, jvms);
    }

    private static TestJvms testJvms(Isolation isolation, int count, String heap, Path workRoot) {
        return isolation == Isolation.FRESH_JVM ? new FreshJvms(heap)
                : new WorkerPool(count, heap, WorkerPool.MAX_RUNS, workRoot.resolve("workers"));
    }

    public Course course() {
        return course;
    }

    /** Grades the named lessons (all when none are named) of one submission, one lesson at a time. */
    public GradeReport grade(Submission submission, List<String> lessonIds) {
        return grade(submission, lessonIds, 1);
    }

    /** Grades the named lessons of one submission, up to {@code parallelism} lessons at a time. */
    public GradeReport grade(Submission submission, List<String> lessonIds, int parallelism) {
        Instant start = Instant.now();
        List<Lesson> lessons = lessons(lessonIds);
        List<LessonResult> results = gradeLessons(submission, lessons, parallelism);
        double score = Points.sum(results.stream().mapToDouble(LessonResult::score));
        int maxScore = results.stream().mapToInt(LessonResult::maxScore).sum();
        List<String> warnings = new ArrayList<>(submission.warnings(course));
        results.forEach(lesson -> warnings.addAll(lesson.warnings()));
        return new GradeReport(submission.name(), Instant.now(), Duration.between(start, Instant.now()), score,
                maxScore, List.copyOf(warnings), results);
    }

    private List<LessonResult> gradeLessons(Submission submission, List<Lesson> lessons, int parallelism) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, lessons.size())));
        try {
            List<Future<LessonResult>> grading = new ArrayList<>(Collections.nCopies(lessons.size(), null));
            // Later lessons have more and slower tests: started first, they leave short ones to fill in at the end.
            for (int i = lessons.size() - 1; i >= 0; i--) {
                Lesson lesson = lessons.get(i);
                grading.set(i, pool.submit(() -> gradeLesson(lesson, submission)));
            }
            List<LessonResult> results = new ArrayList<>();
            for (Future<LessonResult> lesson : grading) {
                results.add(lesson.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while grading", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private LessonResult gradeLesson(Lesson lesson, Submission submission) {
        List<Path> studentFiles = submission.studentFiles(lesson);
        CompiledLesson compiledLesson;
        try {
            compiledLesson = compiledCourse(lesson);
        } catch (StudentFilesDoNotCompile e) {
            if (studentFiles.isEmpty() || !sameFiles(e.files(), studentFiles)) {
                throw new UsageException("The course at " + course.root() + " has no stub of " + lesson.id()
                        + "'s student files to compile its tests against (neither the files nor git's history hold"
                        + " one), and its own copy does not compile: restore the stub. " + firstLine(e.getMessage()));
            }
            // The student files the course was compiled with are the submission's: the error is the student's.
            return LessonGrader.result(lesson, LessonStatus.COMPILE_ERROR, e.compilerMessages(), List.of());
        }
        return lessonGrader.grade(compiledLesson, studentFiles, newWorkDir(lesson));
    }

    /** Whether each of {@code courseFiles} has the same content as the submission's file of the same name. */
    private static boolean sameFiles(List<Path> courseFiles, List<Path> submissionFiles) {
        for (Path courseFile : courseFiles) {
            boolean same = submissionFiles.stream()
                    .filter(file -> file.getFileName().equals(courseFile.getFileName()))
                    .anyMatch(file -> {
                        try {
                            return Files.mismatch(file, courseFile) == -1;
                        } catch (IOException e) {
                            return false;
                        }
                    });
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String text) {
        return text.lines().limit(2).reduce((first, second) -> first + " " + second).orElse("");
    }

    /** The lessons with these ids, in course order; all lessons for an empty list. */
    public List<Lesson> lessons(List<String> lessonIds) {
        for (String id : lessonIds) {
            if (course.lesson(id).isEmpty()) {
                throw new UsageException("Unknown lesson " + id + "; the lessons are: "
                        + String.join(", ", course.lessons().stream().map(Lesson::id).toList()));
            }
        }
        return course.lessons().stream()
                .filter(lesson -> lessonIds.isEmpty() || lessonIds.contains(lesson.id()))
                .toList();
    }

    /**
     * The lesson's given code and tests, compiled once for every submission this grader grades.
     *
     * @throws StudentFilesDoNotCompile if the course has no stub of a student file and its own copy of that file does
     *     not compile (the next call tries again)
     */
    public CompiledLesson compiledCourse(Lesson lesson) {
        return compiled.computeIfAbsent(lesson.id(),
                id -> compiler.compileCourse(course, lesson, workRoot.resolve("course").resolve(id)));
    }

    /** What the warm workers restored after runs and why any stopped, in order; empty with fresh JVMs. */
    public List<String> workerLog() {
        return jvms instanceof WorkerPool pool ? pool.log() : List.of();
    }

    @Override
    public void close() {
        jvms.close();
    }

    public Path newWorkDir(Lesson lesson) {
        try {
            Files.createDirectories(workRoot);
            return Files.createTempDirectory(workRoot, lesson.id() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
