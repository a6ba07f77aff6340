package org.dynamodbworkshop.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.cli.Workshop;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.course.Stubs;
import org.dynamodbworkshop.grader.course.UsageException;
import org.dynamodbworkshop.grader.engine.Grader;
import org.dynamodbworkshop.grader.engine.Isolation;
import org.dynamodbworkshop.grader.engine.Limits;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonStatus;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.publish.StudentEdition.Checked;
import org.dynamodbworkshop.grader.publish.StudentEdition.Written;
import org.dynamodbworkshop.grader.publish.StudentEdition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The student edition, exported from a checkout in which every lesson is solved (the reference solutions in place of
 * the stubs, the stubs committed), as an instructor who tried the exercises would export it.
 */
@DisplayName("The student edition: exported from a solved checkout, the course without anything instructor-only")
class StudentEditionTest {

    private static final Path SOLVED = TestCourse.workFolder("solved-course");
    private static final Path EXPORT = TestCourse.workFolder("student-edition");
    private static final Path BUILD_LOG = TestCourse.workFolder("student-edition-build.log");
    private static final String LESSON1 = "lesson1-basic-table";

    /** What the edition must not name: the commands, options, folders and documents it does not have. */
    private static final List<Pattern> LEFT_OUT = Stream.of("workshop(\\.cmd)? explain", "`explain`", "--reference",
            "solutions/", "CONTRIBUTING\\.md", "\\.ci/", "course-check", "-Psolutions", "instructors-only",
            "student-edition:").map(Pattern::compile).toList();
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

    private static CourseCopy solved;
    private static Written written;

    @BeforeAll
    static void export() throws IOException {
        List<String> lessons = TestCourse.COURSE.lessons().stream().map(Lesson::id).toList();
        solved = CourseCopy.ofWholeCourse(SOLVED).committed().solve(lessons);
        deleteTree(EXPORT);
        written = StudentEdition.export(solved.course(), EXPORT);
    }

    @Test
    @DisplayName("holds no solution, wrong variant or other file of solutions/, and every student file is the stub,"
            + " though the checkout it came from had every exercise solved")
    void holdsNoSolution() throws IOException {
        Path solutions = TestCourse.COURSE.solutions().orElseThrow();
        List<Path> instructorFiles = files(solutions);
        List<String> variantMethods = TestCourse.COURSE.lessons().stream()
                .flatMap(lesson -> Variant.of(TestCourse.COURSE, lesson).stream())
                .map(variant -> normalized(variant.method()))
                .toList();

        assertThat(EXPORT.resolve("solutions")).doesNotExist();
        assertThat(EXPORT.resolve("course-check")).doesNotExist();
        assertThat(EXPORT.resolve("CONTRIBUTING.md")).doesNotExist();
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
                assertThat(Stubs.isStub(solved.studentFile(lesson, studentFile)))
                        .as("the checkout's %s/%s is solved", lesson.id(), studentFile).isFalse();
                Path exported = EXPORT.resolve(lesson.id()).resolve(studentFile);
                assertThat(Stubs.whyNotAStub(Files.readString(exported))).as("%s is a stub", exported).isEmpty();
                assertThat(exported).hasSameBinaryContentAs(lesson.dir().resolve(studentFile));
            }
        }
        assertThat(written.stubs()).allSatisfy(stub -> assertThat(stub.origin()).isEqualTo("committed"));
        assertThat(written.stubsOrigin()).startsWith("the course's stubs as committed (");
        assertThat(EXPORT.resolve(".github/workflows/grade.yml")).exists();
    }

    @Test
    @DisplayName("grades to 0, with every graded test not attempted, as the export's own check proves")
    void gradesToZero() {
        Checked checked;
        try (Grader grader = new Grader(solved.course(), Limits.DEFAULTS, Isolation.WARM_WORKERS, 2,
                TestCourse.workFolder("student-edition-grader"))) {
            checked = StudentEdition.check(grader, written);
        }

        GradeReport report = checked.report();
        assertThat(report.score()).isZero();
        assertThat(report.lessons()).hasSameSizeAs(TestCourse.COURSE.lessons())
                .allSatisfy(lesson -> assertThat(lesson.status()).as(lesson.id()).isEqualTo(LessonStatus.GRADED));
        assertThat(report.lessons()).flatExtracting(lesson -> lesson.exercises())
                .flatExtracting(exercise -> exercise.tests())
                .isNotEmpty()
                .hasSize(checked.tests())
                .allSatisfy(test -> assertThat(test.outcome()).isEqualTo(Outcome.NOT_ATTEMPTED));
        assertThat(report.warnings()).as("files that differ from the course").isEmpty();
        assertThat(checked.maxScore()).isEqualTo(report.maxScore()).isPositive();
    }

    @Test
    @DisplayName("its documents name nothing it left out: no explain, --reference, solutions/, CONTRIBUTING.md, .ci/"
            + " or course-check, no marker, and no relative link to a missing file")
    void documentsNameNothingLeftOut() throws IOException {
        List<Path> documents = files(EXPORT).stream()
                .filter(file -> file.toString().endsWith(".md") || file.toString().endsWith(".yml"))
                .toList();
        assertThat(documents).as("the edition's documents").isNotEmpty()
                .contains(EXPORT.resolve("README.md"), EXPORT.resolve("grader/README.md"),
                        EXPORT.resolve(LESSON1).resolve("README.md"));
        List<String> problems = new ArrayList<>();
        for (Path document : documents) {
            List<String> lines = Files.readAllLines(document);
            for (int i = 0; i < lines.size(); i++) {
                String where = EXPORT.relativize(document) + ":" + (i + 1) + ": ";
                for (Pattern leftOut : LEFT_OUT) {
                    if (leftOut.matcher(lines.get(i)).find()) {
                        problems.add(where + "names " + leftOut.pattern() + ": " + lines.get(i).strip());
                    }
                }
                Matcher link = MARKDOWN_LINK.matcher(lines.get(i));
                while (link.find()) {
                    String target = link.group(1).replaceFirst("#.*$", "");
                    if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
                        continue;
                    }
                    if (!Files.exists(document.getParent().resolve(target).normalize())) {
                        problems.add(where + "links to " + target + ", which the edition does not have");
                    }
                }
            }
        }
        assertThat(problems).as("what the edition's documents name that it does not have").isEmpty();
        assertThat(Files.readString(EXPORT.resolve("README.md"))).doesNotContain("## For instructors")
                .doesNotContain("## For maintainers").contains("./workshop watch lesson1-basic-table")
                .contains("## How your work is graded");
        assertThat(Files.readString(TestCourse.COURSE.root().resolve("README.md")))
                .as("the course's own README keeps what the edition leaves out")
                .contains("## For instructors", "./workshop explain 1.4", "--reference");
    }

    @Test
    @DisplayName("its command line's help lists neither explain nor --reference, which it has no solutions for")
    void helpHidesWhatItLacks() throws IOException {
        // The lesson's scripts compile the edition's lesson: its classpath file, where this test's runs look for it.
        String buildDir = "target/help-check";
        for (Lesson lesson : TestCourse.COURSE.lessons()) {
            Path classpath = EXPORT.resolve(lesson.id()).resolve(buildDir).resolve("workshop-classpath.txt");
            Files.createDirectories(classpath.getParent());
            Files.copy(lesson.dir().resolve(TestCourse.COURSE.buildDirName()).resolve("workshop-classpath.txt"),
                    classpath, StandardCopyOption.REPLACE_EXISTING);
        }

        String help = runIn(EXPORT, buildDir, "--help");
        String gradeHelp = runIn(EXPORT, buildDir, "grade", "--help");
        String lessonHelp = runIn(EXPORT, buildDir, LESSON1, "--help");
        String scriptHelp = runIn(EXPORT, buildDir, LESSON1, "get-song", "--help");
        String fullHelp = runIn(TestCourse.COURSE.root(), TestCourse.COURSE.buildDirName(), "--help");

        assertThat(help).contains("watch", "hint", "progress").doesNotContain("explain");
        assertThat(gradeHelp).contains("--submission").doesNotContain("--reference");
        assertThat(lessonHelp).contains("get-song", "--endpoint").doesNotContain("--reference");
        assertThat(scriptHelp).contains("--endpoint").doesNotContain("--reference");
        assertThat(fullHelp).as("the full course's help").contains("explain");
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

    @Test
    @DisplayName("./workshop export-student-edition from a checkout with lesson 1 solved exports the committed stub,"
            + " grades it and says what it checked")
    void commandChecksWhatItSays() throws IOException {
        CourseCopy course = CourseCopy.ofLesson(LESSON1, TestCourse.workFolder("edition-command/course"))
                .committed().solve(List.of(LESSON1));
        Path out = TestCourse.workFolder("edition-command/edition");
        deleteTree(out);

        CourseCopy.Run run = workshop(course.root(), "export-student-edition", "--out", out.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).as(run.toString())
                .startsWith("Student edition written to " + out + ". Checked: its 1 student files are the course's"
                        + " stubs as committed (")
                .matches(".*graded with the course's tests it scores 0 / 90, all \\d+ tests not attempted\\.$");
        Lesson lesson = TestCourse.COURSE.lesson(LESSON1).orElseThrow();
        assertThat(out.resolve(LESSON1).resolve(lesson.studentFiles().get(0)))
                .hasSameBinaryContentAs(lesson.dir().resolve(lesson.studentFiles().get(0)));
    }

    @Test
    @DisplayName("a solution committed as the student file stops the export with one line naming the file, and exit 2")
    void committedSolutionStopsTheExport() throws IOException {
        CourseCopy course = CourseCopy.ofLesson(LESSON1, TestCourse.workFolder("edition-refused/course"))
                .solve(List.of(LESSON1)).committed();
        Path out = TestCourse.workFolder("edition-refused/edition");
        deleteTree(out);

        CourseCopy.Run run = workshop(course.root(), "export-student-edition", "--out", out.toString());

        String studentFile = LESSON1 + "/" + TestCourse.COURSE.lesson(LESSON1).orElseThrow().studentFiles().get(0);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(Workshop.USAGE);
        assertThat(run.err().lines().toList()).as(run.toString()).hasSize(1).first().asString()
                .startsWith("workshop: The committed " + studentFile + " is not the exercises' stub (method ")
                .contains("commit the stub, not a solution");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("outside git, a solved student file stops the export, naming it")
    void solvedFileOutsideGitStopsTheExport() {
        CourseCopy course = CourseCopy.ofLesson(LESSON1, TestCourse.workFolder("edition-no-git/course"))
                .solve(List.of(LESSON1));
        Path out = TestCourse.workFolder("edition-no-git/edition");

        UsageException refused = catchThrowableOfType(UsageException.class,
                () -> StudentEdition.export(course.course(), out));

        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).startsWith(LESSON1 + "/src/main/java/org/dynamodbworkshop/lesson1/MusicCatalog.java"
                + " is not the exercises' stub").contains("not a git checkout");
    }

    @Test
    @DisplayName("an edition that does not grade to 0 fails the check in one line naming a test, and is deleted")
    void editionAboveZeroIsDeleted() throws IOException {
        CourseCopy course = CourseCopy.ofLesson(LESSON1, TestCourse.workFolder("edition-above-zero/course"));
        Path out = TestCourse.workFolder("edition-above-zero/edition");
        deleteTree(out);
        Written edition = StudentEdition.export(course.course(), out);
        Lesson lesson = TestCourse.COURSE.lesson(LESSON1).orElseThrow();
        String studentFile = lesson.studentFiles().get(0);
        Files.copy(TestCourse.COURSE.solutions().orElseThrow().resolve(LESSON1).resolve(studentFile),
                out.resolve(LESSON1).resolve(studentFile), StandardCopyOption.REPLACE_EXISTING);
        UsageException failed;
        try (Grader grader = new Grader(course.course(), Limits.DEFAULTS,
                TestCourse.workFolder("edition-above-zero/work"))) {
            failed = catchThrowableOfType(UsageException.class, () -> StudentEdition.check(grader, edition));
        }

        assertThat(failed).isNotNull();
        assertThat(failed.getMessage()).doesNotContain("\n")
                .startsWith("The student edition does not grade to 0 as it must, so it was deleted: test 1.")
                .contains("of " + LESSON1 + " is passed, not not_attempted");
        assertThat(out).doesNotExist();
    }

    /** Runs {@code ./workshop} on a copy of the course, as the launcher does once the course is built. */
    private static CourseCopy.Run workshop(Path courseRoot, String... args) {
        return CourseCopy.workshop(courseRoot, "target", args);
    }

    private static String runIn(Path courseRoot, String buildDir, String... args) {
        CourseCopy.Run run = CourseCopy.workshop(courseRoot, buildDir, args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run.out();
    }

    private static String normalized(String code) {
        return code.replaceAll("\\s+", " ").strip();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> Stream.of(root.relativize(file).toString().split("[/\\\\]"))
                            .noneMatch(part -> part.equals("target")))
                    .toList();
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
