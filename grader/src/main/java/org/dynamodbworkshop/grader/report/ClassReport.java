package org.dynamodbworkshop.grader.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.StudentGrade;
import org.dynamodbworkshop.grader.model.SubmissionStatus;
import org.dynamodbworkshop.testkit.Capacity;

/**
 * A class's {@code grades.csv} for the gradebook, {@code exercises.csv} and {@code class-report.html}: where the
 * class struggles, exercise by exercise.
 */
public final class ClassReport {

    private ClassReport() {
    }

    public static void write(List<StudentGrade> rows, List<String> lessonIds, Path out) {
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("grades.csv"), csv(rows, lessonIds));
            Files.writeString(out.resolve("exercises.csv"), exercisesCsv(ExerciseStats.of(rows)));
            Files.writeString(out.resolve("class-report.html"), html(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the class reports into " + out + ": " + e.getMessage(), e);
        }
    }

    /** One row per student: each lesson's total, the grand total, the status, then each exercise's points. */
    static String csv(List<StudentGrade> rows, List<String> lessonIds) {
        List<String> exerciseIds = exerciseIds(rows, lessonIds);
        StringBuilder csv = new StringBuilder("student," + String.join(",", lessonIds) + ",total,max,status");
        exerciseIds.forEach(id -> csv.append(',').append(id));
        csv.append('\n');
        for (StudentGrade row : rows) {
            Map<String, String> scores = row.report() == null ? Map.of() : scores(row.report());
            csv.append(cell(row.student()));
            lessonIds.forEach(id -> csv.append(',').append(scores.getOrDefault(id, "")));
            csv.append(',').append(row.report() == null ? "" : Scores.format(row.report().score()))
                    .append(',').append(row.report() == null ? "" : String.valueOf(row.report().maxScore()))
                    .append(',').append(row.status().id());
            exerciseIds.forEach(id -> csv.append(',').append(scores.getOrDefault(id, "")));
            csv.append('\n');
        }
        return csv.toString();
    }

    /** The exercises of the graded lessons, in course order, as any graded report lists them. */
    private static List<String> exerciseIds(List<StudentGrade> rows, List<String> lessonIds) {
        return rows.stream().map(StudentGrade::report).filter(Objects::nonNull).findFirst()
                .map(report -> report.lessons().stream()
                        .filter(lesson -> lessonIds.contains(lesson.id()))
                        .flatMap(lesson -> lesson.exercises().stream().map(ExerciseResult::id))
                        .toList())
                .orElse(List.of());
    }

    /** Each lesson's and each exercise's score, by id. */
    private static Map<String, String> scores(GradeReport report) {
        Map<String, String> scores = new LinkedHashMap<>();
        for (LessonResult lesson : report.lessons()) {
            scores.put(lesson.id(), Scores.format(lesson.score()));
            lesson.exercises().forEach(exercise -> scores.put(exercise.id(), Scores.format(exercise.score())));
        }
        return scores;
    }

    private static String cell(String text) {
        return text.matches("[^\",\\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /**
     * One row per exercise: graded students, how many pass it, how many fail a request budget in it, the median
     * capacity units their code consumed beside the reference's, and the test that fails for the most of them.
     */
    static String exercisesCsv(List<ExerciseStats> exercises) {
        StringBuilder csv = new StringBuilder("exercise,title,students,passing,over_budget,median_units,"
                + "reference_units,most_failed_test,most_failed_students\n");
        for (ExerciseStats exercise : exercises) {
            csv.append(exercise.id()).append(',').append(cell(exercise.title())).append(',')
                    .append(exercise.students()).append(',').append(exercise.passing()).append(',')
                    .append(exercise.overBudget()).append(',').append(units(exercise.medianUnits())).append(',')
                    .append(units(exercise.referenceUnits())).append(',')
                    .append(cell(exercise.mostFailed().orElse(""))).append(',').append(exercise.mostFailedCount())
                    .append('\n');
        }
        return csv.toString();
    }

    private static String units(OptionalDouble units) {
        return units.isPresent() ? Capacity.units(units.getAsDouble()) : "";
    }

    private static String html(List<StudentGrade> rows) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>DynamoDB Java Workshop: class report</title>
                <style>
                body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #1f2933; }
                table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
                th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #e4e7eb; }
                .bar { background: #e4e7eb; width: 200px; height: 12px; display: inline-block; }
                .bar span { background: #3fa36a; height: 12px; display: block; }
                </style>
                </head>
                <body>
                <h1>Class report</h1>
                """);
        html.append("<p>").append(rows.size()).append(" submissions, ")
                .append(rows.stream().filter(row -> row.status() == SubmissionStatus.GRADED).count())
                .append(" graded.</p>\n<h2>Students</h2>\n<table>\n<tr><th>Student</th><th>Score</th><th>Status</th></tr>\n");
        for (StudentGrade row : rows) {
            html.append("<tr><td>");
            if (row.report() != null) {
                html.append("<a href=\"").append(HtmlReport.escape(row.student())).append("/report.html\">")
                        .append(HtmlReport.escape(row.student())).append("</a>");
            } else {
                html.append(HtmlReport.escape(row.student()));
            }
            html.append("</td><td>").append(row.report() == null ? ""
                            : Scores.format(row.report().score()) + " / " + row.report().maxScore())
                    .append("</td><td>").append(row.status().label())
                    .append(row.detail().isEmpty() ? "" : ": " + HtmlReport.escape(row.detail()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n<h2>Per exercise</h2>\n<table id=\"exercises\">\n<tr><th>Exercise</th><th>Pass rate</th>"
                + "<th></th><th>Over budget</th><th>Capacity units (median)</th><th>Fails most often</th></tr>\n");
        for (ExerciseStats exercise : ExerciseStats.of(rows)) {
            html.append("<tr><td>").append(exercise.id()).append(' ').append(HtmlReport.escape(exercise.title()))
                    .append("</td><td>").append(exercise.passRate()).append("% of ").append(exercise.students())
                    .append("</td><td><span class=\"bar\"><span style=\"width:").append(exercise.passRate() * 2)
                    .append("px\"></span></span></td><td>").append(exercise.overBudget()).append("</td><td>")
                    .append(exercise.medianUnits().isEmpty() ? "" : units(exercise.medianUnits()) + " (reference "
                            + units(exercise.referenceUnits()) + ")")
                    .append("</td><td>").append(exercise.mostFailed().map(test -> HtmlReport.escape(test) + " ("
                            + exercise.mostFailedCount() + ")").orElse("")).append("</td></tr>\n");
        }
        return html.append("</table>\n</body>\n</html>\n").toString();
    }
}
