package org.dynamodbworkshop.grader.report;

import java.util.List;
import java.util.Optional;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.Measurement;
import org.dynamodbworkshop.grader.model.OnDemandPrices;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.model.TestResult;
import org.dynamodbworkshop.testkit.Capacity;

/**
 * {@code report.html}: one self-contained page (no scripts, no network) with two charts per lesson: a bar per
 * exercise, filled as far as its score; and the capacity each exercise's code consumed beside the reference's.
 */
public final class HtmlReport {

    private static final int BAR_WIDTH = 240;
    private static final int ROW_HEIGHT = 22;

    private HtmlReport() {
    }

    public static String write(GradeReport report) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>DynamoDB Java Workshop: grade report</title>
                <style>
                body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #1f2933; }
                h1 { margin-bottom: .25rem; }
                .score { font-size: 2rem; font-weight: bold; }
                .status { padding: .1rem .5rem; border-radius: .75rem; background: #e4e7eb; font-size: .85rem; }
                .status.graded { background: #d1f2dd; } .status.compile_error, .status.crashed,
                .status.timed_out { background: #fde2e1; } .status.missing { background: #fef3c7; }
                table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
                th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #e4e7eb; vertical-align: top; }
                td.num { text-align: right; white-space: nowrap; }
                pre { background: #f5f7fa; padding: .5rem; overflow-x: auto; white-space: pre-wrap; }
                .passed { color: #137333; } .failed, .error, .timed_out { color: #b3261e; } .not_attempted { color: #6b7280; }
                .warning { color: #8a5300; } .caveat { font-size: .85rem; color: #52606d; }
                summary { cursor: pointer; margin: 1rem 0 .5rem; } summary h2 { display: inline; margin-right: .5rem; }
                </style>
                </head>
                <body>
                """);
        html.append("<h1>DynamoDB Java Workshop</h1>\n<p>Grade of <code>").append(escape(report.submission()))
                .append("</code>. ").append(escape(Times.gradedLine(report.gradedAt(), report.elapsed()))).append(".</p>\n");
        html.append("<p class=\"score\" id=\"total-score\">Score: ").append(Scores.format(report.score()))
                .append(" / ").append(report.maxScore()).append(" (")
                .append(Scores.percent(report.score(), report.maxScore())).append("%)</p>\n");
        NextStep.of(report).ifPresent(step -> html.append("<p><strong>Next:</strong> ").append(escape(step))
                .append("</p>\n"));
        report.warnings().forEach(warning -> html.append("<p class=\"warning\">Warning: ").append(escape(warning))
                .append("</p>\n"));
        appendSummary(html, report);
        report.lessons().forEach(lesson -> appendLesson(html, lesson));
        return html.append("</body>\n</html>\n").toString();
    }

    /** One row per lesson, so the page shows where the learner stands before any detail. */
    private static void appendSummary(StringBuilder html, GradeReport report) {
        html.append("<table id=\"summary\">\n<tr><th>Lesson</th><th>Status</th><th>Points</th><th>Done</th></tr>\n");
        for (LessonResult lesson : report.lessons()) {
            long done = lesson.exercises().stream().filter(ExerciseResult::isDone).count();
            html.append("<tr><td><a href=\"#").append(escape(lesson.id())).append("\">").append(escape(lesson.id()))
                    .append("</a></td><td>").append(statusBadge(lesson)).append("</td><td class=\"num\">")
                    .append(Scores.format(lesson.score())).append(" / ").append(lesson.maxScore())
                    .append("</td><td class=\"num\">").append(done).append(" of ").append(lesson.exercises().size())
                    .append(" exercises</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static String statusBadge(LessonResult lesson) {
        return "<span class=\"status " + lesson.status().id() + "\">" + NextStep.state(lesson) + "</span>";
    }

    /** A lesson's section: open where the learner has started, folded away where nothing is started yet. */
    private static void appendLesson(StringBuilder html, LessonResult lesson) {
        html.append("<details id=\"").append(escape(lesson.id())).append('"')
                .append(NextStep.isStarted(lesson) ? " open" : "").append(">\n<summary><h2>")
                .append(escape(lesson.id())).append(": ").append(escape(lesson.title())).append("</h2> ")
                .append(Scores.format(lesson.score())).append(" / ").append(lesson.maxScore()).append(" points ")
                .append(statusBadge(lesson)).append("</summary>\n");
        if (!lesson.detail().isEmpty()) {
            html.append("<pre>").append(escape(lesson.detail())).append("</pre>\n");
        }
        appendChart(html, lesson);
        appendUsageChart(html, lesson);
        html.append("<table>\n<tr><th>Exercise</th><th>Test</th><th>Outcome</th><th>Points</th></tr>\n");
        for (ExerciseResult exercise : lesson.exercises()) {
            for (TestResult test : exercise.tests()) {
                html.append("<tr><td>").append(exercise.id()).append(' ').append(escape(exercise.title()))
                        .append("</td><td>").append(escape(test.name()));
                if (!test.message().isEmpty() && test.outcome() != Outcome.PASSED) {
                    html.append("<pre>").append(escape(test.message())).append("</pre>");
                }
                html.append("</td><td class=\"").append(test.outcome().id()).append("\">").append(test.outcome().label())
                        .append("</td><td class=\"num\">").append(Scores.format(test.score())).append(" / ")
                        .append(Scores.format(test.maxScore())).append("</td></tr>\n");
            }
        }
        html.append("</table>\n</details>\n");
    }

    /** A bar per exercise: grey for its points, green as far as its score. */
    private static void appendChart(StringBuilder html, LessonResult lesson) {
        int labelWidth = 300;
        int height = ROW_HEIGHT * lesson.exercises().size() + 4;
        html.append("<svg role=\"img\" aria-label=\"Score per exercise of ").append(escape(lesson.id()))
                .append("\" width=\"").append(labelWidth + BAR_WIDTH + 80).append("\" height=\"").append(height)
                .append("\" font-size=\"12\">\n");
        int y = 2;
        for (ExerciseResult exercise : lesson.exercises()) {
            int filled = exercise.maxScore() == 0 ? 0 : (int) Math.round(BAR_WIDTH * exercise.score() / exercise.maxScore());
            html.append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(exercise.id()).append(' ')
                    .append(escape(exercise.title())).append("</text>")
                    .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(BAR_WIDTH).append("\" height=\"14\" fill=\"#e4e7eb\"/>")
                    .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(filled).append("\" height=\"14\" fill=\"#3fa36a\"/>")
                    .append("<text x=\"").append(labelWidth + BAR_WIDTH + 8).append("\" y=\"").append(y + 14)
                    .append("\">").append(Scores.format(exercise.score())).append(" / ").append(exercise.maxScore())
                    .append("</text>\n");
            y += ROW_HEIGHT;
        }
        html.append("</svg>\n");
    }

    /**
     * For each exercise with figures, the learner's capacity units (read and write together) and the reference's,
     * as two bars scaled to the larger of the two: the chart shows how many times more, the text the figures.
     */
    private static void appendUsageChart(StringBuilder html, LessonResult lesson) {
        List<ExerciseResult> measured = lesson.exercises().stream()
                .filter(exercise -> UsageText.comparison(exercise).isPresent()).toList();
        if (measured.isEmpty()) {
            return;
        }
        int labelWidth = 300;
        html.append("<h3>Capacity consumed, your code (blue) beside the reference (grey)</h3>\n<svg role=\"img\" ")
                .append("aria-label=\"Capacity per exercise of ").append(escape(lesson.id()))
                .append("\" class=\"usage\" width=\"").append(labelWidth + BAR_WIDTH + 80).append("\" height=\"")
                .append(2 * ROW_HEIGHT * measured.size() + 4).append("\" font-size=\"12\">\n");
        int y = 2;
        for (ExerciseResult exercise : measured) {
            double learner = exercise.measured().map(HtmlReport::units).orElse(0.0);
            double reference = exercise.reference().map(HtmlReport::units).orElse(0.0);
            double scale = Math.max(learner, reference);
            html.append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(exercise.id()).append(' ')
                    .append(escape(exercise.title())).append("</text>\n");
            appendUsageBar(html, labelWidth, y, exercise.measured().map(HtmlReport::units), scale, "#3b82f6");
            appendUsageBar(html, labelWidth, y + ROW_HEIGHT - 4, exercise.reference().map(HtmlReport::units), scale,
                    "#9aa5b1");
            y += 2 * ROW_HEIGHT;
        }
        html.append("</svg>\n<p class=\"caveat\">");
        measured.forEach(exercise -> html.append(exercise.id()).append(": ")
                .append(escape(UsageText.comparison(exercise).orElseThrow())).append("<br>\n"));
        html.append(escape(OnDemandPrices.CAVEAT)).append("</p>\n");
    }

    private static void appendUsageBar(StringBuilder html, int x, int y, Optional<Double> units, double scale,
                                       String colour) {
        int width = units.isEmpty() || scale == 0 ? 0 : (int) Math.round(BAR_WIDTH * units.get() / scale);
        html.append("<rect x=\"").append(x).append("\" y=\"").append(y + 3).append("\" width=\"")
                .append(Math.max(width, 1)).append("\" height=\"12\" fill=\"").append(colour).append("\"/>")
                .append("<text x=\"").append(x + Math.max(width, 1) + 6).append("\" y=\"").append(y + 13)
                .append("\">").append(units.map(value -> Capacity.units(value) + " units").orElse("not measured"))
                .append("</text>\n");
    }

    private static double units(Measurement measurement) {
        return measurement.usage().readUnits() + measurement.usage().writeUnits();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
