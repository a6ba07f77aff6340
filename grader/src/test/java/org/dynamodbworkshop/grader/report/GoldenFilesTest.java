package org.dynamodbworkshop.grader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dynamodbworkshop.grader.FixtureCourse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Golden copies: reports are compared without what changes from run to run, and a change shows as a diff")
class GoldenFilesTest {

    @TempDir
    private Path folder;

    @Test
    @DisplayName("a report that differs from its golden copy fails with the changed line and how to regenerate")
    void differenceFailsWithDiff() {
        FixtureCourse.write(folder.resolve("golden/case/report.md"), "# Score\n\n| 9.1 | 5 / 5 |\n| 9.2 | 5 / 5 |\n");
        FixtureCourse.write(folder.resolve("reports/report.md"), "# Score\n\n| 9.1 | 5 / 5 |\n| 9.2 | 5.00 / 5 |\n");

        assertThatThrownBy(() -> goldenFiles(false).assertMatches("case", folder.resolve("reports"),
                List.of("report.md")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("report.md of case case differs from its golden copy")
                .hasMessageContaining("Changed content at line 4")
                .hasMessageContaining("[\"| 9.2 | 5 / 5 |\"]")
                .hasMessageContaining("[\"| 9.2 | 5.00 / 5 |\"]")
                .hasMessageContaining("-Dgolden.update=true");
    }

    @Test
    @DisplayName("a report without a golden copy fails and says how to create one")
    void missingGoldenCopyFails() {
        FixtureCourse.write(folder.resolve("reports/report.md"), "# Score\n");

        assertThatThrownBy(() -> goldenFiles(false).assertMatches("new-case", folder.resolve("reports"),
                List.of("report.md")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No golden copy")
                .hasMessageContaining("-Dgolden.update=true");
    }

    @Test
    @DisplayName("in update mode the normalised report becomes the golden copy, and then matches it")
    void updateWritesGoldenCopy() {
        FixtureCourse.write(folder.resolve("reports/report.json"), "{\"gradedAt\":\"2026-11-24T10:15:30Z\"}");

        goldenFiles(true).assertMatches("case", folder.resolve("reports"), List.of("report.json"));
        goldenFiles(false).assertMatches("case", folder.resolve("reports"), List.of("report.json"));

        assertThat(folder.resolve("golden/case/report.json")).content()
                .isEqualTo("{\n  \"gradedAt\": \"<timestamp>\"\n}\n");
    }

    @Test
    @DisplayName("JSON loses its times, durations and this run's paths, keeps the rest, and is laid out one way")
    void jsonIsNormalised() {
        String report = "{\"submission\":\"" + folder.resolve("work/ada") + "\","
                + "\"gradedAt\":\"2026-11-24T10:15:30.5Z\",\"elapsedSeconds\":4.25,\"execution_time\":4,"
                + "\"score\":12.50,\"maxScore\":20,"
                + "\"warnings\":[\"Changed file: " + folder.resolve("work/course/pom.xml") + "\"],\"tests\":[]}";

        String normalised = goldenFiles(false).normalise("report.json", report);

        assertThat(normalised).isEqualTo("""
                {
                  "submission": "<work>/ada",
                  "gradedAt": "<timestamp>",
                  "elapsedSeconds": "<number>",
                  "execution_time": "<number>",
                  "score": 12.50,
                  "maxScore": 20,
                  "warnings": [
                    "Changed file: <course>/pom.xml"
                  ],
                  "tests": [ ]
                }
                """);
    }

    @Test
    @DisplayName("text loses its timestamps and this run's paths, and keeps the rest")
    void textIsNormalised() {
        String report = "Graded " + folder.resolve("work/ada") + " at 2026-11-24T10:15:30Z: 12.5 / 20\n";

        assertThat(goldenFiles(false).normalise("report.md", report))
                .isEqualTo("Graded <work>/ada at <timestamp>: 12.5 / 20\n");
    }

    private GoldenFiles goldenFiles(boolean update) {
        return new GoldenFiles(folder.resolve("golden"), folder.resolve("actual"), update,
                Map.of(folder.resolve("work"), "<work>", folder.resolve("work/course"), "<course>"));
    }
}
