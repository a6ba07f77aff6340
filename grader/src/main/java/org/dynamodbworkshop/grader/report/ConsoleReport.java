package org.dynamodbworkshop.grader.report;

import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonResult;

/**
 * The table a person reads in the terminal: per lesson, a progress bar and each exercise's state, and under an
 * exercise whose code was measured, what it read and wrote beside the reference.
 */
public final class ConsoleReport {

    private static final int BAR_WIDTH = 20;

    private ConsoleReport() {
    }

    public static String write(GradeReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Grade of ").append(report.submission()).append(". ")
                .append(Times.gradedLine(report.gradedAt(), report.elapsed())).append(".\n\n");
        report.lessons().forEach(lesson -> out.append(lesson(lesson)).append('\n'));
        out.append(String.format("Total: %s / %d (%d%%)%n", Scores.format(report.score()), report.maxScore(),
                Scores.percent(report.score(), report.maxScore())));
        report.warnings().forEach(warning -> out.append("Warning: ").append(warning).append('\n'));
        out.append(NextStep.of(report).map(step -> "Next: " + step).orElse("Every exercise is done. Well done!"))
                .append('\n');
        return out.toString();
    }

    /** One lesson: its score with a progress bar, then each exercise's score and state. */
    public static String lesson(LessonResult lesson) {
        StringBuilder out = new StringBuilder(String.format("%-24s %7s / %-4d %s %3d%%  %s%n", lesson.id(),
                Scores.format(lesson.score()), lesson.maxScore(), bar(lesson.score(), lesson.maxScore()),
                Scores.percent(lesson.score(), lesson.maxScore()), NextStep.state(lesson)));
        if (!lesson.detail().isEmpty()) {
            lesson.detail().lines().limit(8).forEach(line -> out.append("    ").append(line).append('\n'));
        }
        for (ExerciseResult exercise : lesson.exercises()) {
            out.append(String.format("  %-5s %-44s %6s / %-3d %s%n", exercise.id(), cut(exercise.title(), 44),
                    Scores.format(exercise.score()), exercise.maxScore(), NextStep.state(lesson, exercise)));
            if (exercise.measured().isPresent()) {
                UsageText.comparison(exercise).ifPresent(line -> out.append("        ").append(line).append('\n'));
            }
        }
        return out.toString();
    }

    static String bar(double score, double maxScore) {
        int filled = maxScore == 0 ? 0 : (int) Math.round(BAR_WIDTH * score / maxScore);
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]";
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
