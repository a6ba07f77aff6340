package org.dynamodbworkshop.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dynamodbworkshop.grader.FixtureCourse;
import org.dynamodbworkshop.grader.model.LessonStatus;
import org.dynamodbworkshop.grader.model.StudentGrade;
import org.dynamodbworkshop.grader.model.SubmissionStatus;
import org.dynamodbworkshop.grader.report.ClassReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Grading a class: every submission gets its row, whatever state it is in")
class ClassGraderTest {

    private static Path work;
    private static Path out;
    private static List<StudentGrade> rows;

    /**
     * One class of six: a checkout with the solution (ada), a zip of a student file that does not compile inside one
     * top-level folder (bob), an empty folder (carol), a folder of something else (dave), a truncated zip (erin) and a
     * zip that names a file outside itself (mallory).
     */
    @BeforeAll
    static void gradeTheClass() throws IOException {
        work = FixtureCourse.workFolder("class");
        Path submissions = work.resolve("submissions");
        FixtureCourse.copyTree(FixtureCourse.checkout("class-checkout"), submissions.resolve("ada"));
        FixtureCourse.copyTree(FixtureCourse.solved("class-solved"), submissions.resolve("ada"));
        zip(FixtureCourse.submission("compile-error"), "playlist-main/", submissions.resolve("bob.zip"));
        Files.createDirectories(submissions.resolve("carol"));
        FixtureCourse.write(submissions.resolve("dave/src/Main.java"), "class Main {}\n");
        zip(FixtureCourse.solved("class-truncated"), "", submissions.resolve("erin.zip"));
        byte[] whole = Files.readAllBytes(submissions.resolve("erin.zip"));
        Files.write(submissions.resolve("erin.zip"), Arrays.copyOf(whole, whole.length / 3));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(submissions.resolve("mallory.zip")))) {
            zip.putNextEntry(new ZipEntry("../escaped.txt"));
            zip.write("outside the unpacking folder\n".getBytes());
            zip.closeEntry();
        }
        out = work.resolve("report");

        rows = new ClassGrader(FixtureCourse.grader(), 2).gradeAll(submissions, out, work.resolve("work"));
        ClassReport.write(rows, List.of(FixtureCourse.LESSON), out);
    }

    @Test
    @DisplayName("each submission gets a row with its status, in name order")
    void everySubmissionGetsItsRow() {
        assertThat(rows).extracting(StudentGrade::student, StudentGrade::status).containsExactly(
                tuple("ada", SubmissionStatus.GRADED),
                tuple("bob", SubmissionStatus.GRADED),
                tuple("carol", SubmissionStatus.EMPTY),
                tuple("dave", SubmissionStatus.NOT_A_SUBMISSION),
                tuple("erin", SubmissionStatus.BROKEN),
                tuple("mallory", SubmissionStatus.BROKEN));
        assertThat(rows.get(1).report().lessons().get(0).status()).as("bob's lesson")
                .isEqualTo(LessonStatus.COMPILE_ERROR);
    }

    @Test
    @DisplayName("grades.csv has a header and one row per student: per lesson, total, maximum, status, per exercise")
    void gradesCsvHasOneRowPerStudent() throws IOException {
        assertThat(Files.readAllLines(out.resolve("grades.csv"))).containsExactly(
                "student,lesson9-playlist,total,max,status,9.1,9.2,9.3",
                "ada,20,20,20,graded,5,5,10",
                "bob,0,0,20,graded,0,0,0",
                "carol,,,,empty,,,",
                "dave,0,0,20,not_a_submission,0,0,0",
                "erin,,,,broken,,,",
                "mallory,,,,broken,,,");
    }

    @Test
    @DisplayName("the graded students get their reports, and class-report.html each exercise's pass rate")
    void reportsPerStudentAndClass() throws IOException {
        assertThat(out.resolve("ada/report.html")).exists();
        assertThat(out.resolve("bob/results.json")).exists();
        assertThat(out.resolve("carol")).doesNotExist();
        assertThat(Files.readString(out.resolve("class-report.html")))
                .contains("6 submissions, 2 graded.")
                .contains("9.1 Count the songs</td><td>50% of 2")
                .contains("mallory</td><td></td><td>broken: the zip names a file outside itself: ../escaped.txt");
    }

    @Test
    @DisplayName("a zip that names a file outside itself writes nothing outside its unpacking folder")
    void zipCannotWriteOutsideItsFolder() {
        assertThat(work.resolve("work/unpacked/escaped.txt")).doesNotExist();
        assertThat(work.resolve("work/escaped.txt")).doesNotExist();
    }

    /** Zips every file of {@code folder}, each under {@code prefix}. */
    private static void zip(Path folder, String prefix, Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path file : FixtureCourse.files(folder)) {
                out.putNextEntry(new ZipEntry(prefix + folder.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
    }
}
