package org.dynamodbworkshop.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.engine.ClassGrader;
import org.dynamodbworkshop.grader.model.StudentGrade;
import org.dynamodbworkshop.grader.model.SubmissionStatus;
import org.dynamodbworkshop.grader.report.ClassReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Grading a class: every submission gets its row, whatever state it is in")
class ClassGradingTest {

    private static final String LESSON1 = "lesson1-basic-table";

    @Test
    @DisplayName("a good, a broken, an empty and a foreign submission give four rows, each with its status")
    void everySubmissionGetsItsRow() throws IOException {
        Path submissions = TestCourse.workFolder("class").resolve("submissions");
        Path good = SubmissionFixtures.solutionsOf("class-good", List.of(LESSON1)).path();
        copyTree(good, submissions.resolve("ada"));
        writeTruncatedZip(good, submissions.resolve("bob.zip"));
        Files.createDirectories(submissions.resolve("carol"));
        Files.createDirectories(submissions.resolve("dave/src"));
        Files.writeString(submissions.resolve("dave/src/Main.java"), "class Main {}\n");
        Path out = TestCourse.workFolder("class").resolve("report");

        List<StudentGrade> rows = new ClassGrader(TestCourse.GRADER, 2)
                .gradeAll(submissions, out, TestCourse.workFolder("class").resolve("work"));
        ClassReport.write(rows, TestCourse.COURSE.lessons().stream().map(Lesson::id).toList(), out);

        assertThat(rows).extracting(StudentGrade::student, StudentGrade::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ada", SubmissionStatus.GRADED),
                org.assertj.core.groups.Tuple.tuple("bob", SubmissionStatus.BROKEN),
                org.assertj.core.groups.Tuple.tuple("carol", SubmissionStatus.EMPTY),
                org.assertj.core.groups.Tuple.tuple("dave", SubmissionStatus.NOT_A_SUBMISSION));
        List<String> csv = Files.readAllLines(out.resolve("grades.csv"));
        assertThat(csv).hasSize(5);
        assertThat(csv.get(0)).startsWith("student,lesson1-basic-table,").endsWith(",total,max,status");
        assertThat(csv.get(1)).startsWith("ada,90,").endsWith(",graded");
        assertThat(csv.subList(2, 5)).extracting(line -> line.substring(line.lastIndexOf(',') + 1))
                .containsExactly(SubmissionStatus.BROKEN, SubmissionStatus.EMPTY, SubmissionStatus.NOT_A_SUBMISSION);
        assertThat(out.resolve("ada/report.html")).exists();
        assertThat(Files.readString(out.resolve("class-report.html")))
                .contains("4 submissions, 1 graded")
                .contains("1.1 Create the Music table</td><td>100%");
    }

    private static void writeTruncatedZip(Path folder, Path zip) throws IOException {
        Path whole = zip.resolveSibling("whole.tmp");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(whole))) {
            for (Path file : Files.walk(folder).filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(file).toString()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(zip, Arrays.copyOf(bytes, bytes.length / 3));
        Files.delete(whole);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (Path file : Files.walk(from).filter(Files::isRegularFile).toList()) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
