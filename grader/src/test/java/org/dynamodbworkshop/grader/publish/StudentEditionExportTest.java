package org.dynamodbworkshop.grader.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dynamodbworkshop.grader.FixtureCourse;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.course.UsageException;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The student edition of a course: what students need, nothing instructor-only")
class StudentEditionExportTest {

    private static final String LESSON = FixtureCourse.LESSON;
    private static final String SOURCES = LESSON + "/src/main/java/org/dynamodbworkshop/lesson9/";
    private static final String TESTS = LESSON + "/src/test/java/org/dynamodbworkshop/lesson9/";

    private static Course course;
    private static Path export;

    @BeforeAll
    static void export() {
        course = FixtureCourse.course();
        export = FixtureCourse.workFolder("student-edition").resolve("course");

        StudentEdition.export(course, export);
    }

    @Test
    @DisplayName("holds the lessons, the launcher and the GitHub Classroom workflow, and no other file")
    void holdsWhatStudentsNeed() {
        assertThat(relativeFiles(export)).filteredOn(file -> !file.startsWith("grader/platforms/")).containsExactly(
                ".github/workflows/grade.yml",
                "README.md",
                LESSON + "/HINTS.md",
                LESSON + "/README.md",
                LESSON + "/lesson.json",
                LESSON + "/pom.xml",
                SOURCES + "Playlist.java",
                SOURCES + "Song.java",
                TESTS + "CountTest.java",
                TESTS + "NewestTest.java",
                TESTS + "PlaylistFixture.java",
                TESTS + "TitlesByTest.java",
                "pom.xml",
                "workshop");
        assertThat(export.resolve("workshop")).isExecutable();
    }

    @Test
    @DisplayName("leaves out solutions/, the maintainers' guide and build output, and holds no copy of a solution file")
    void holdsNoSolution() throws IOException {
        assertThat(export.resolve("solutions")).doesNotExist();
        assertThat(export.resolve("CONTRIBUTING.md")).doesNotExist();
        assertThat(export.resolve(LESSON).resolve(FixtureCourse.BUILD_DIR_NAME)).doesNotExist();
        List<Path> solutionFiles = FixtureCourse.files(course.solutions().orElseThrow());
        assertThat(solutionFiles).isNotEmpty();
        for (Path file : FixtureCourse.files(export)) {
            for (Path solutionFile : solutionFiles) {
                assertThat(Files.mismatch(file, solutionFile)).as("%s is a copy of %s", file, solutionFile)
                        .isNotEqualTo(-1L);
            }
        }
        assertThat(export.resolve(LESSON).resolve(FixtureCourse.STUDENT_FILE)).as("the student file")
                .hasSameBinaryContentAs(course.root().resolve(LESSON).resolve(FixtureCourse.STUDENT_FILE));
    }

    @Test
    @DisplayName("its README keeps the students' sections and drops the one for maintainers")
    void readmeHasNoMaintainerSection() {
        assertThat(FixtureCourse.read(export.resolve("README.md")))
                .contains("## For students", "## Layout")
                .doesNotContain("## For maintainers and CI", "solutions/");
    }

    @Test
    @DisplayName("grades to 0, with every test not attempted and no file that differs from the course")
    void gradesToZero() {
        GradeReport report = FixtureCourse.grader().grade(Submission.folder(export), List.of());

        assertThat(report.score()).isZero();
        assertThat(report.lessons()).flatExtracting(lesson -> lesson.exercises())
                .flatExtracting(ExerciseResult::tests).hasSize(6)
                .allSatisfy(test -> assertThat(test.outcome()).as(test.name()).isEqualTo(Outcome.NOT_ATTEMPTED));
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    @DisplayName("refuses a folder that is not empty, and writes nothing into it")
    void refusesFolderThatIsNotEmpty() {
        Path occupied = FixtureCourse.workFolder("occupied");
        FixtureCourse.write(occupied.resolve("notes.txt"), "mine\n");

        assertThatThrownBy(() -> StudentEdition.export(course, occupied)).isInstanceOf(UsageException.class)
                .hasMessageEndingWith("already exists and is not empty: choose a new folder");
        assertThat(relativeFiles(occupied)).containsExactly("notes.txt");
    }

    static List<String> relativeFiles(Path folder) {
        return FixtureCourse.files(folder).stream()
                .map(file -> folder.relativize(file).toString().replace('\\', '/'))
                .toList();
    }
}
