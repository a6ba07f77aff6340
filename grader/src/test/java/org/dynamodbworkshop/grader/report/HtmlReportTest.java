package org.dynamodbworkshop.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("report.html is one self-contained page that a browser renders")
class HtmlReportTest {

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");

    @Test
    @DisplayName("the page needs nothing from the network and escapes what it shows")
    void selfContainedAndEscaped() {
        String html = HtmlReport.write(SampleReports.mixed());

        assertThat(html).doesNotContain("http://", "https://", "<script", "<link")
                .contains("Put a song &lt;with&gt; &quot;quotes&quot; &amp; | pipes")
                .contains("<svg role=\"img\"");
    }

    @Test
    @DisplayName("headless Chromium renders the page with the score and the capacity chart")
    void chromiumRendersTheScore(@TempDir Path folder) throws Exception {
        Optional<String> browser = BROWSERS.stream().filter(HtmlReportTest::onPath).findFirst();
        if (browser.isEmpty() && System.getenv("CI") != null) {
            throw new AssertionError("No Chromium on this CI machine: .ci/run installs Debian's chromium package");
        }
        Assumptions.assumeTrue(browser.isPresent(), "No Chromium installed: rendering check skipped");
        Path page = folder.resolve("report.html");
        Files.writeString(page, HtmlReport.write(SampleReports.mixed()));
        Path screenshot = folder.resolve("report.png");

        String dom = run(browser.get(), folder, "--dump-dom", page.toUri().toString());
        run(browser.get(), folder, "--screenshot=" + screenshot, "--window-size=1200,900", page.toUri().toString());

        assertThat(dom).contains("id=\"total-score\">Score: 12.5 / 32 (39%)</p>")
                .contains("aria-label=\"Capacity per exercise of lesson1-basic-table\"");
        assertThat(Files.size(screenshot)).as("size of the screenshot in bytes").isGreaterThan(10_000);
    }

    private static String run(String browser, Path folder, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + folder.resolve("profile")));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("Chromium finished within a minute").isTrue();
        return new String(output, StandardCharsets.UTF_8);
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
