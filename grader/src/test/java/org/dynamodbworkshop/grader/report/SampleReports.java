package org.dynamodbworkshop.grader.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.LessonStatus;
import org.dynamodbworkshop.grader.model.Measurement;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.model.TestResult;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.Usage;

/** A grade that shows every status and outcome, and measured figures beside the reference's, for the reports' tests. */
final class SampleReports {

    private static final Optional<Usage> SCAN = Optional.of(new Usage(List.of(
            new Usage.Line("Scan", "Music", null, 2, 18.5, 0, 0))));
    private static final Optional<Usage> QUERY = Optional.of(new Usage(List.of(
            new Usage.Line("Query", "Music", "AlbumTitleIndex", 1, 0.5, 0, 0))));
    private static final Optional<Usage> PUT = Optional.of(new Usage(List.of(
            new Usage.Line("PutItem", "Music", null, 1, 0, 1, 0),
            new Usage.Line("ExecuteStatement", "Music", null, 1, 0, 0, 1))));

    static final String OVER_BUDGET = RequestBudget.FAILURE_START + "expected exactly 1 PutItem on Music, but found 0."
            + "\n  Your code made 2 request(s):";

    private SampleReports() {
    }

    static GradeReport mixed() {
        LessonResult graded = new LessonResult("lesson1-basic-table", "A basic table: Music", LessonStatus.GRADED, "",
                12.5, 20, List.of(
                new ExerciseResult("1.1", "Create the Music table", 10, 10, List.of(
                        test("the key is Artist and SongTitle", Outcome.PASSED, "", 5, 5, Optional.empty()),
                        test("waits until ACTIVE", Outcome.PASSED, "", 5, 5, Optional.empty())), Optional.empty()),
                new ExerciseResult("1.2", "Put a song <with> \"quotes\" & | pipes", 2.5, 10, List.of(
                        test("stores a new song", Outcome.FAILED, OVER_BUDGET, 0, 2.5, SCAN),
                        test("replaces a song", Outcome.ERROR, "DynamoDB rejected a request", 0, 2.5, PUT),
                        test("loops", Outcome.TIMED_OUT, "timed out after 20 seconds", 0, 2.5, Optional.empty()),
                        test("passes", Outcome.PASSED, "", 2.5, 2.5, Optional.empty())),
                        Optional.of(new Measurement(QUERY.orElseThrow(), 2)))),
                List.of());
        LessonResult notStarted = new LessonResult("lesson2-nonrelational", "Books", LessonStatus.GRADED, "", 0, 5,
                List.of(new ExerciseResult("2.1", "Create the Books table", 0, 5, List.of(
                        test("creates the table", Outcome.NOT_ATTEMPTED, "Exercise 2.1 is not implemented yet", 0, 5,
                                Optional.empty())), Optional.of(new Measurement(PUT.orElseThrow(), 1)))),
                List.of());
        LessonResult broken = new LessonResult("lesson3-gaming", "Battle royale", LessonStatus.COMPILE_ERROR,
                "GameService.java:12: cannot find symbol", 0, 7,
                List.of(new ExerciseResult("3.1", "Create a user", 0, 7, List.of(), Optional.empty())), List.of());
        return new GradeReport("students/ada", Instant.parse("2026-11-24T10:15:30Z"), Duration.ofSeconds(42), 12.5,
                32, List.of("Changed file, not used (the course's own copy was used): pom.xml"),
                List.of(graded, notStarted, broken));
    }

    private static TestResult test(String name, Outcome outcome, String message, double score, double maxScore,
                                   Optional<Usage> usage) {
        return new TestResult(name, outcome, message, score, maxScore, usage);
    }
}
