package org.dynamodbworkshop.coursecheck;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.engine.Grader;
import org.dynamodbworkshop.grader.engine.Isolation;
import org.dynamodbworkshop.grader.engine.Limits;
import org.dynamodbworkshop.grader.model.GradeReport;

/** The course this build belongs to, as the build tells the grader's tests where to find it. */
final class TestCourse {

    /**
     * The tag of the classes that prove the lesson suites grade well (variants, alternatives): slow, and their
     * results do not depend on the JDK, so the compatibility run on a newer JDK leaves them out.
     */
    static final String SUITE_QUALITY = "suite-quality";

    static final Course COURSE = Course.at(Path.of(System.getProperty("workshop.courseRoot", "..")),
            System.getProperty("workshop.buildDirName", "target"));

    /**
     * One grader for all tests, so each lesson's course code is compiled once per test run and its two warm test JVMs
     * (one for each test JUnit runs at once) serve every grade.
     */
    static final Grader GRADER = new Grader(COURSE, Limits.DEFAULTS, Isolation.WARM_WORKERS, 2,
            workFolder("grader-work"));

    /** Keys of {@link #gradeOnce}: the reference solutions, and the course's untouched stubs. */
    static final String REFERENCE = "the reference solutions";
    static final String STUBS = "the untouched stubs";

    private static final Map<String, Future<GradeReport>> GRADES = new ConcurrentHashMap<>();

    private TestCourse() {
    }

    /**
     * The {@link #GRADER}'s grade of a submission's lessons (all for none), graded once per test run by whichever test
     * asks first, so that proofs about the same submission (a variant, the reference) share one grade.
     *
     * @param key what the submission is, e.g. "reference"
     * @param submission makes the submission, once
     */
    static GradeReport gradeOnce(String key, Supplier<Submission> submission, List<String> lessonIds) {
        FutureTask<GradeReport> grading = new FutureTask<>(() -> GRADER.grade(submission.get(), lessonIds));
        Future<GradeReport> grade = GRADES.putIfAbsent(key, grading);
        if (grade == null) {
            grading.run();
            grade = grading;
        }
        try {
            return grade.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while grading " + key, e);
        }
    }

    /** A folder inside this module's build folder. */
    static Path workFolder(String name) {
        return COURSE.root().resolve("course-check").resolve(COURSE.buildDirName()).resolve(name);
    }
}
