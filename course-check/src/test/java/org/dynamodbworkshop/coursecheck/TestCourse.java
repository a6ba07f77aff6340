package org.dynamodbworkshop.coursecheck;

import java.nio.file.Path;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.engine.Grader;
import org.dynamodbworkshop.grader.engine.Isolation;
import org.dynamodbworkshop.grader.engine.Limits;

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

    private TestCourse() {
    }

    /** A folder inside this module's build folder. */
    static Path workFolder(String name) {
        return COURSE.root().resolve("course-check").resolve(COURSE.buildDirName()).resolve(name);
    }
}
