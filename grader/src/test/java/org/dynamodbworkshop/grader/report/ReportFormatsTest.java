package org.dynamodbworkshop.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.LessonStatus;
import org.dynamodbworkshop.grader.model.Measurement;
import org.dynamodbworkshop.grader.model.OnDemandPrices;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.model.StudentGrade;
import org.dynamodbworkshop.grader.model.SubmissionStatus;
import org.dynamodbworkshop.grader.model.TestResult;
import org.dynamodbworkshop.testkit.Usage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The reports people and grading platforms read")
class ReportFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("report.json validates against its versioned schema")
    void reportJsonValidatesAgainstSchema() throws Exception {
        JsonNode report = JSON.readTree(JsonReport.write(SampleReports.mixed()));

        try (InputStream schemaFile = JsonReport.class.getResourceAsStream("report.schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaFile);
            Set<ValidationMessage> errors = schema.validate(report);
            assertThat(errors).as("schema violations").isEmpty();
        }
        assertThat(report.get("schemaVersion").asText()).isEqualTo(JsonReport.SCHEMA_VERSION);
        assertThat(report.get("score").asDouble()).isEqualTo(12.5);
        assertThat(report.at("/lessons/0/exercises/1/tests/2/outcome").asText()).isEqualTo("timed_out");
        assertThat(report.at("/lessons/2/status").asText()).isEqualTo("compile_error");
    }

    @Test
    @DisplayName("the schema rejects a report that lacks a required field, so the check above can fail")
    void schemaRejectsIncompleteReport() throws Exception {
        JsonNode incomplete = JSON.readTree("{\"schemaVersion\": \"1.0\", \"score\": 1}");

        try (InputStream schemaFile = JsonReport.class.getResourceAsStream("report.schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaFile);
            assertThat(schema.validate(incomplete)).isNotEmpty();
        }
    }

    @Test
    @DisplayName("results.json has Gradescope's fields, one test entry per graded test, and the total score")
    void gradescopeResultsHaveTheirFields() throws Exception {
        JsonNode results = JSON.readTree(GradescopeResults.write(SampleReports.mixed()));

        assertThat(results.get("score").asDouble()).isEqualTo(12.5);
        assertThat(results.has("execution_time")).isTrue();
        assertThat(results.get("output").asText()).contains("12.5 / 32");
        JsonNode tests = results.get("tests");
        assertThat(tests).hasSize(8);
        for (JsonNode test : tests) {
            assertThat(test.fieldNames()).toIterable()
                    .contains("name", "number", "score", "max_score", "status", "output", "visibility");
            assertThat(test.get("status").asText()).isIn("passed", "failed");
        }
        double scoreSum = 0;
        double maxSum = 0;
        for (JsonNode test : tests) {
            scoreSum += test.get("score").asDouble();
            maxSum += test.get("max_score").asDouble();
        }
        assertThat(scoreSum).isEqualTo(12.5);
        assertThat(maxSum).as("max scores add up to the whole, compile errors included").isEqualTo(32);
    }

    @Test
    @DisplayName("report.md has the score, a row per lesson, the next step and each failure's message")
    void markdownReport() {
        String markdown = MarkdownReport.write(SampleReports.mixed());

        assertThat(markdown).contains("12.5 / 32 points")
                .contains("Graded 2026-11-24 10:15 UTC in 42 s.")
                .contains("| lesson3-gaming | does not compile | 0 / 7 | 0% |")
                .contains("| 3.1 | Create a user | 0 / 7 | not run |")
                .contains("**Next:** Fix the compile errors in lesson3-gaming first")
                .contains("Put a song &lt;with&gt; \"quotes\" & \\| pipes")
                .contains(SampleReports.OVER_BUDGET)
                .contains("| 1.2 | Put a song &lt;with&gt; \"quotes\" & \\| pipes | 2.5 / 10 | failing | Your code: 4 requests,"
                        + " 18.5 RCU + 1.0 WCU (1 request reported no capacity), $44.06 a month. The reference: 1 request,"
                        + " 0.5 RCU, $0.94 a month. |")
                .contains("| 2.1 | Create the Books table | 0 / 5 | not started | The reference: 2 requests, 1.0 WCU"
                        + " (1 request reported no capacity), $18.75 a month. |")
                .contains("Costs: At one million calls a day for 30 days");
    }

    @Test
    @DisplayName("a month at a million calls a day costs each call's units at the dated on-demand prices")
    void monthlyCostFollowsThePrices() {
        assertThat(OnDemandPrices.monthlyCost(1, 0)).as("one read unit a call").isEqualTo(3.75);
        assertThat(OnDemandPrices.monthlyCost(0, 1)).as("one write unit a call").isEqualTo(18.75);
        assertThat(new Measurement(new Usage(List.of(new Usage.Line("Scan", "Music", null, 4, 40, 0, 0))), 4)
                .monthlyCost()).as("40 read units over 4 tests").isEqualTo(37.5);
    }

    @Test
    @DisplayName("report.html charts each exercise's capacity beside the reference's")
    void htmlChartsCapacityBesideTheReference() {
        String html = HtmlReport.write(SampleReports.mixed());

        assertThat(html).contains("aria-label=\"Capacity per exercise of lesson1-basic-table\"")
                .contains(">19.5 units</text>").contains(">0.5 units</text>")
                .contains("1.2: Your code: 4 requests, 18.5 RCU + 1.0 WCU")
                .doesNotContain("Capacity per exercise of lesson3-gaming");
    }

    @Test
    @DisplayName("the console table shows a progress bar per lesson and the next exercise")
    void consoleReport() {
        String console = ConsoleReport.write(SampleReports.mixed());

        assertThat(console).contains("[" + "#".repeat(13) + "-".repeat(7) + "]")
                .contains("not started")
                .contains("Graded 2026-11-24 10:15 UTC in 42 s.")
                .contains("Next: Fix the compile errors in lesson3-gaming first")
                .contains("        Your code: 4 requests, 18.5 RCU + 1.0 WCU (1 request reported no capacity), $44.06 a"
                        + " month. The reference: 1 request, 0.5 RCU, $0.94 a month.\n")
                .doesNotContain("The reference: 2 requests");
        assertThat(List.of(console.split("\n"))).anySatisfy(line -> assertThat(line).contains("Total: 12.5 / 32"));
    }

    @Test
    @DisplayName("the next step is in the lesson being worked on, not the first lesson left untouched")
    void nextStepFollowsTheLessonBeingWorkedOn() {
        LessonResult untouched = lesson("lesson1-basic-table", 1, Outcome.NOT_ATTEMPTED, Outcome.NOT_ATTEMPTED);
        LessonResult partlyDone = lesson("lesson3-gaming", 3, Outcome.PASSED, Outcome.FAILED);
        GradeReport report = new GradeReport("this checkout", Instant.EPOCH, Duration.ZERO, 10, 40, List.of(),
                List.of(untouched, partlyDone));

        assertThat(NextStep.of(report)).hasValueSatisfying(step -> assertThat(step).startsWith(
                "Exercise 3.2 (Second) of lesson3-gaming"));
    }

    @Test
    @DisplayName("grades.csv has each lesson's total and a column per exercise")
    void gradesCsvHasAColumnPerExercise() {
        StudentGrade ada = new StudentGrade("ada", SubmissionStatus.GRADED, "", SampleReports.mixed());
        StudentGrade bob = new StudentGrade("bob", SubmissionStatus.BROKEN, "a broken zip", null);

        String csv = ClassReport.csv(List.of(ada, bob),
                List.of("lesson1-basic-table", "lesson2-nonrelational", "lesson3-gaming"));

        assertThat(csv.lines()).containsExactly(
                "student,lesson1-basic-table,lesson2-nonrelational,lesson3-gaming,total,max,status,1.1,1.2,2.1,3.1",
                "ada,12.5,0,0,12.5,32,graded,10,2.5,0,0",
                "bob,,,,,,broken,,,,");
    }

    @Test
    @DisplayName("exercises.csv gives per exercise the passing students, budget failures, median capacity and the"
            + " test that fails most often")
    void exercisesCsvSummarizesTheClass() {
        StudentGrade ada = new StudentGrade("ada", SubmissionStatus.GRADED, "", SampleReports.mixed());
        StudentGrade bea = new StudentGrade("bea", SubmissionStatus.GRADED, "", SampleReports.mixed());
        StudentGrade bob = new StudentGrade("bob", SubmissionStatus.BROKEN, "a broken zip", null);

        String csv = ClassReport.exercisesCsv(ExerciseStats.of(List.of(ada, bea, bob)));

        assertThat(csv.lines()).containsExactly(
                "exercise,title,students,passing,over_budget,median_units,reference_units,most_failed_test,"
                        + "most_failed_students",
                "1.1,Create the Music table,2,2,0,,,,0",
                "1.2,\"Put a song <with> \"\"quotes\"\" & | pipes\",2,0,2,19.5,0.5,stores a new song,2",
                "2.1,Create the Books table,2,0,0,,,,0",
                "3.1,Create a user,2,0,0,,,,0");
    }

    /** A lesson of two exercises of one test each, the first passed or not as told, the second not done. */
    private static LessonResult lesson(String id, int number, Outcome first, Outcome second) {
        return new LessonResult(id, id, LessonStatus.GRADED, "", first == Outcome.PASSED ? 10 : 0, 20, List.of(
                new ExerciseResult(number + ".1", "First", first == Outcome.PASSED ? 10 : 0, 10,
                        List.of(new TestResult("a", first, "", first == Outcome.PASSED ? 10 : 0, 10, Optional.empty())),
                        Optional.empty()),
                new ExerciseResult(number + ".2", "Second", 0, 10,
                        List.of(new TestResult("b", second, "", 0, 10, Optional.empty())), Optional.empty())),
                List.of());
    }
}
