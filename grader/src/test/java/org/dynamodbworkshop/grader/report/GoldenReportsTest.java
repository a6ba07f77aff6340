package org.dynamodbworkshop.grader.report;

import java.nio.file.Path;
import java.util.List;
import org.dynamodbworkshop.grader.FixtureCourse;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reports of two graded fixture submissions, compared with their reviewed golden copies in
 * {@code src/test/resources/golden/}; see {@link GoldenFiles} for how to regenerate them.
 */
@DisplayName("The reports of a graded submission match their reviewed golden copies")
class GoldenReportsTest {

    private static final List<String> REPORTS = List.of("report.json", "results.json", "report.md");

    @Test
    @DisplayName("the reference solution's report.json, results.json and report.md match golden/solved")
    void solvedSubmission() {
        assertReportsMatch("solved", Submission.folder(FixtureCourse.solved("golden-solved")));
    }

    @Test
    @DisplayName("an untouched checkout's report.json, results.json and report.md match golden/stub")
    void untouchedCheckout() {
        assertReportsMatch("stub", Submission.folder(FixtureCourse.checkout("golden-stub")));
    }

    private static void assertReportsMatch(String goldenCase, Submission submission) {
        GradeReport report = FixtureCourse.grader().grade(submission, List.of());
        Path reports = FixtureCourse.workFolder("golden-reports-" + goldenCase);

        ReportFiles.write(report, reports);

        GoldenFiles.ofFixtureCourse().assertMatches(goldenCase, reports, REPORTS);
    }
}
