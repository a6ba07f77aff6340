package org.dynamodbworkshop.grader.report;

import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.OnDemandPrices;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.model.TestResult;

/** {@code report.md}, for CI job summaries and pull requests. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String write(GradeReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# DynamoDB Java Workshop: ").append(Scores.format(report.score())).append(" / ")
                .append(report.maxScore()).append(" points\n\n");
        md.append(escape(Times.gradedLine(report.gradedAt(), report.elapsed()))).append(".\n\n");
        md.append("| Lesson | Status | Score | Progress |\n|---|---|---|---|\n");
        for (LessonResult lesson : report.lessons()) {
            md.append("| ").append(lesson.id()).append(" | ").append(NextStep.state(lesson)).append(" | ")
                    .append(Scores.format(lesson.score())).append(" / ").append(lesson.maxScore()).append(" | ")
                    .append(Scores.percent(lesson.score(), lesson.maxScore())).append("% |\n");
        }
        NextStep.of(report).ifPresent(step -> md.append("\n**Next:** ").append(escape(step)).append('\n'));
        if (!report.warnings().isEmpty()) {
            md.append("\n## Warnings\n\n");
            report.warnings().forEach(warning -> md.append("- ").append(escape(warning)).append('\n'));
        }
        for (LessonResult lesson : report.lessons()) {
            md.append("\n## ").append(lesson.id()).append(": ").append(escape(lesson.title())).append("\n\n");
            if (!lesson.detail().isEmpty()) {
                md.append("```\n").append(lesson.detail().replace("```", "'''")).append("\n```\n\n");
            }
            boolean figures = lesson.exercises().stream()
                    .anyMatch(exercise -> UsageText.comparison(exercise).isPresent());
            md.append(figures ? "| Exercise | Title | Score | State | Requests and capacity |\n|---|---|---|---|---|\n"
                    : "| Exercise | Title | Score | State |\n|---|---|---|---|\n");
            for (ExerciseResult exercise : lesson.exercises()) {
                md.append("| ").append(exercise.id()).append(" | ").append(escape(exercise.title())).append(" | ")
                        .append(Scores.format(exercise.score())).append(" / ").append(exercise.maxScore())
                        .append(" | ").append(NextStep.state(lesson, exercise)).append(" |");
                if (figures) {
                    md.append(' ').append(escape(UsageText.comparison(exercise).orElse(""))).append(" |");
                }
                md.append('\n');
            }
            if (figures) {
                md.append("\nCosts: ").append(escape(OnDemandPrices.CAVEAT)).append('\n');
            }
            appendFailures(md, lesson);
        }
        return md.toString();
    }

    private static void appendFailures(StringBuilder md, LessonResult lesson) {
        for (ExerciseResult exercise : lesson.exercises()) {
            for (TestResult test : exercise.tests()) {
                if (test.outcome() != Outcome.PASSED && test.outcome() != Outcome.NOT_ATTEMPTED) {
                    md.append("\n<details><summary>").append(exercise.id()).append(' ')
                            .append(escape(test.name())).append(": ").append(test.outcome().label())
                            .append("</summary>\n\n```\n").append(test.message().replace("```", "'''"))
                            .append("\n```\n</details>\n");
                }
            }
        }
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }
}
