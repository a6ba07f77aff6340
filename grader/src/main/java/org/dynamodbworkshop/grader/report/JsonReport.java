package org.dynamodbworkshop.grader.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.Measurement;
import org.dynamodbworkshop.grader.model.OnDemandPrices;
import org.dynamodbworkshop.grader.model.TestResult;
import org.dynamodbworkshop.testkit.Usage;

/**
 * {@code report.json}: the whole grade, for programs. Its shape is the JSON Schema
 * {@code report.schema.json} beside this class; {@link #SCHEMA_VERSION} changes with it.
 */
public final class JsonReport {

    public static final String SCHEMA_VERSION = "1.1";

    private JsonReport() {
    }

    public static String write(GradeReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("submission", report.submission());
        root.put("gradedAt", Times.iso(report.gradedAt()));
        root.put("elapsedSeconds", Json.score(report.elapsed().toMillis() / 1000.0));
        root.put("score", Json.score(report.score()));
        root.put("maxScore", report.maxScore());
        root.put("warnings", report.warnings());
        root.put("prices", prices());
        root.put("lessons", report.lessons().stream().map(JsonReport::lesson).toList());
        return Json.write(root);
    }

    private static Map<String, Object> lesson(LessonResult lesson) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", lesson.id());
        json.put("title", lesson.title());
        json.put("status", lesson.status().id());
        json.put("detail", lesson.detail());
        json.put("score", Json.score(lesson.score()));
        json.put("maxScore", lesson.maxScore());
        json.put("exercises", lesson.exercises().stream().map(JsonReport::exercise).toList());
        return json;
    }

    private static Map<String, Object> exercise(ExerciseResult exercise) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", exercise.id());
        json.put("title", exercise.title());
        json.put("score", Json.score(exercise.score()));
        json.put("maxScore", exercise.maxScore());
        json.put("usage", exercise.measured().map(JsonReport::measurement).orElse(null));
        json.put("referenceUsage", exercise.reference().map(JsonReport::measurement).orElse(null));
        json.put("tests", exercise.tests().stream().map(JsonReport::test).toList());
        return json;
    }

    /** The prices every {@code monthlyCost} is computed with. */
    private static Map<String, Object> prices() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("region", OnDemandPrices.REGION);
        json.put("asOf", OnDemandPrices.AS_OF);
        json.put("dollarsPerMillionReadUnits", OnDemandPrices.DOLLARS_PER_MILLION_READ_UNITS);
        json.put("dollarsPerMillionWriteUnits", OnDemandPrices.DOLLARS_PER_MILLION_WRITE_UNITS);
        json.put("callsADay", OnDemandPrices.CALLS_A_DAY);
        json.put("daysAMonth", OnDemandPrices.DAYS_A_MONTH);
        json.put("caveat", OnDemandPrices.CAVEAT);
        return json;
    }

    private static Map<String, Object> measurement(Measurement measurement) {
        Map<String, Object> json = usage(measurement.usage());
        json.put("tests", measurement.tests());
        json.put("monthlyCost", Json.score(measurement.monthlyCost()));
        return json;
    }

    private static Map<String, Object> usage(Usage usage) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("requests", usage.requests());
        json.put("readUnits", usage.readUnits());
        json.put("writeUnits", usage.writeUnits());
        json.put("requestsWithoutCapacity", usage.requestsWithoutCapacity());
        json.put("byRequest", usage.lines());
        return json;
    }

    private static Map<String, Object> test(TestResult test) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", test.name());
        json.put("outcome", test.outcome().id());
        json.put("message", test.message());
        json.put("score", Json.score(test.score()));
        json.put("maxScore", Json.score(test.maxScore()));
        json.put("usage", test.usage().map(JsonReport::usage).orElse(null));
        return json;
    }
}
