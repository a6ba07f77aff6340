package org.dynamodbworkshop.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.publish.StudentEdition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The student edition: the course without anything instructor-only")
class StudentEditionTest {

    private static final Path EXPORT = TestCourse.workFolder("student-edition");
    private static final Path BUILD_LOG = TestCourse.workFolder("student-edition-build.log");

    @BeforeAll
    static void export() throws IOException {
        deleteTree(EXPORT);
        StudentEdition.export(TestCourse.COURSE, EXPORT);
    }

    @Test
    @DisplayName("holds no solution, wrong variant or other file of solutions/, and every student file is the stub")
    void holdsNoSolution() throws IOException {
        Path solutions = TestCourse.COURSE.solutions().orElseThrow();
        List<Path> instructorFiles = files(solutions);
        List<String> variantMethods = TestCourse.COURSE.lessons().stream()
                .flatMap(lesson -> Variant.of(TestCourse.COURSE, lesson).stream())
                .map(variant -> normalized(variant.method()))
                .toList();

        assertThat(EXPORT.resolve("solutions")).doesNotExist();
        for (Path file : files(EXPORT)) {
            for (Path instructorFile : instructorFiles) {
                assertThat(Files.mismatch(file, instructorFile)).as("%s is a copy of %s", file, instructorFile)
                        .isNotEqualTo(-1L);
            }
            if (file.toString().endsWith(".java")) {
                String source = normalized(Files.readString(file));
                assertThat(variantMethods).as("wrong variants found in %s", file)
                        .noneSatisfy(method -> assertThat(source).contains(method));
            }
        }
        for (Lesson lesson : TestCourse.COURSE.lessons()) {
            for (String studentFile : lesson.studentFiles()) {
                assertThat(EXPORT.resolve(lesson.id()).resolve(studentFile))
                        .hasSameBinaryContentAs(lesson.dir().resolve(studentFile));
            }
        }
        assertThat(EXPORT.resolve(".github/workflows/grade.yml")).exists();
        assertThat(Files.readString(EXPORT.resolve("README.md"))).doesNotContain("-Psolutions");
    }

    @Test
    @DisplayName("grades to 0, with every graded test not attempted")
    void gradesToZero() {
        GradeReport report = TestCourse.GRADER.grade(Submission.folder(EXPORT), List.of());

        assertThat(report.score()).isZero();
        assertThat(report.lessons()).flatExtracting(lesson -> lesson.exercises())
                .flatExtracting(exercise -> exercise.tests())
                .isNotEmpty()
                .allSatisfy(test -> assertThat(test.outcome()).isEqualTo(Outcome.NOT_ATTEMPTED));
        assertThat(report.warnings()).as("files that differ from the course").isEmpty();
    }

    @Test
    @DisplayName("builds with Maven on its own")
    void buildsOnItsOwn() throws Exception {
        Assumptions.assumeTrue(onPath("mvn"), "Maven is not on the PATH: build check skipped");
        Process build = new ProcessBuilder("mvn", "-B", "-q", "-o", "-DskipTests", "test-compile")
                .directory(EXPORT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(BUILD_LOG.toFile())
                .start();

        assertThat(build.waitFor(5, TimeUnit.MINUTES)).as("the build finished within 5 minutes").isTrue();
        assertThat(build.exitValue()).as("exit code of mvn test-compile; see %s", BUILD_LOG)
                .isZero();
    }

    private static String normalized(String code) {
        return code.replaceAll("\\s+", " ").strip();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(file -> !file.toString().contains("/target/")).toList();
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
