package org.dynamodbworkshop.grader.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.course.UsageException;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonStatus;
import org.dynamodbworkshop.grader.model.StudentGrade;
import org.dynamodbworkshop.grader.model.SubmissionStatus;
import org.dynamodbworkshop.grader.report.ReportFiles;

/**
 * Grades a class: every subfolder or zip of a folder is one student's submission. Students are graded in
 * parallel; a broken, empty or foreign submission gets its row with a status and never stops the others.
 */
public final class ClassGrader {

    private final Grader grader;
    private final int jobs;

    public ClassGrader(Grader grader, int jobs) {
        this.grader = grader;
        this.jobs = jobs;
    }

    /** Grades every submission, writes each one's reports into {@code out/<student>/}, and returns the rows. */
    public List<StudentGrade> gradeAll(Path submissions, Path out, Path workDir) {
        List<Path> entries = entries(submissions);
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<StudentGrade>> grades = new ArrayList<>();
            for (Path entry : entries) {
                grades.add(pool.submit(() -> gradeOne(entry, out, workDir)));
            }
            List<StudentGrade> rows = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                rows.add(await(grades.get(i), studentName(entries.get(i))));
            }
            return rows;
        } finally {
            pool.shutdownNow();
        }
    }

    private StudentGrade gradeOne(Path entry, Path out, Path workDir) {
        String student = studentName(entry);
        try {
            Path folder = SubmissionFolder.prepare(entry, workDir.resolve("unpacked").resolve(student));
            if (SubmissionFolder.isEmpty(folder)) {
                return new StudentGrade(student, SubmissionStatus.EMPTY, "The submission holds no files.", null);
            }
            GradeReport report = grader.grade(Submission.folder(folder), List.of());
            ReportFiles.write(report, out.resolve(student));
            boolean foreign = report.lessons().stream().allMatch(lesson -> lesson.status() == LessonStatus.MISSING);
            return foreign
                    ? new StudentGrade(student, SubmissionStatus.NOT_A_SUBMISSION, "No lesson's student files found.", report)
                    : new StudentGrade(student, SubmissionStatus.GRADED, "", report);
        } catch (IOException | RuntimeException e) {
            return new StudentGrade(student, SubmissionStatus.BROKEN, String.valueOf(e.getMessage()), null);
        }
    }

    private static StudentGrade await(Future<StudentGrade> grade, String student) {
        try {
            return grade.get();
        } catch (ExecutionException e) {
            return new StudentGrade(student, SubmissionStatus.BROKEN, String.valueOf(e.getCause()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while grading the class", e);
        }
    }

    private static List<Path> entries(Path submissions) {
        if (!Files.isDirectory(submissions)) {
            throw new UsageException("No such folder: " + submissions);
        }
        try (Stream<Path> children = Files.list(submissions)) {
            return children
                    .filter(child -> !child.getFileName().toString().startsWith("."))
                    .filter(child -> Files.isDirectory(child) || child.toString().toLowerCase(Locale.ROOT).endsWith(".zip"))
                    .sorted(Comparator.comparing(child -> child.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The student's name: the folder's or zip's name, made safe for a folder name. */
    static String studentName(Path entry) {
        return entry.getFileName().toString().replaceFirst("(?i)\\.zip$", "").replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
