package org.dynamodbworkshop.grader.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dynamodbworkshop.grader.model.GradeReport;

/** Writes every report of one grade into a folder. */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static void write(GradeReport report, Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("report.json"), JsonReport.write(report));
            Files.writeString(folder.resolve("results.json"), GradescopeResults.write(report));
            Files.writeString(folder.resolve("report.md"), MarkdownReport.write(report));
            Files.writeString(folder.resolve("report.html"), HtmlReport.write(report));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the reports into " + folder + ": " + e.getMessage(), e);
        }
    }
}
