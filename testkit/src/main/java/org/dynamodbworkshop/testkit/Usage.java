package org.dynamodbworkshop.testkit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What code asked of DynamoDB's items: its requests by operation, table and index, and the capacity units they
 * consumed. Requests that manage tables (CreateTable, DescribeTable, ...) consume no capacity, and how many a wait
 * makes depends on how long DynamoDB takes, so they are left out.
 *
 * <p>Its JSON form, {@code [{"operation":"Query","table":"Music","index":"AlbumTitleIndex","requests":2,
 * "readUnits":1.5,"writeUnits":0.0,"requestsWithoutCapacity":0}]}, is what a test publishes to JUnit (under
 * {@link #REPORT_KEY}) and what a lesson's reference figures hold.
 *
 * @param lines one per operation, table and index, sorted by them
 */
public record Usage(List<Line> lines) {

    /** The key of the JUnit report entry that carries a test's usage; a test that publishes none is not measured. */
    public static final String REPORT_KEY = "dynamodb.usage";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<Line> ORDER = Comparator.comparing(Line::operation).thenComparing(Line::table)
            .thenComparing(line -> Objects.requireNonNullElse(line.index(), ""));

    public static final Usage NONE = new Usage(List.of());

    public Usage {
        lines = lines.stream().sorted(ORDER).toList();
    }

    /**
     * Requests of one operation on one table (or several, joined by "+") and index.
     *
     * @param index the secondary index read, or {@code null}
     * @param requestsWithoutCapacity how many of the requests DynamoDB reported no capacity for: a PartiQL statement
     *     on DynamoDB Local, a request that failed (AWS bills a failed conditional write all the same), or a read that
     *     found nothing, for which DynamoDB Local reports 0 where AWS bills the minimum
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String operation, String table, String index, int requests, double readUnits,
                       double writeUnits, int requestsWithoutCapacity) {

        Line plus(Line other) {
            return new Line(operation, table, index, requests + other.requests, readUnits + other.readUnits,
                    writeUnits + other.writeUnits, requestsWithoutCapacity + other.requestsWithoutCapacity);
        }

        private String key() {
            return operation + " " + table + " " + index;
        }
    }

    /** The usage of the requests that read or write items, one line per operation, table and index. */
    static Usage of(List<RecordedRequest> requests) {
        return new Usage(requests.stream().filter(RecordedRequest::touchesItems).map(Usage::line).toList())
                .merged();
    }

    private static Line line(RecordedRequest request) {
        Capacity consumed = request.consumed().orElse(Capacity.NONE);
        return new Line(request.operation(), String.join("+", request.tables()), request.index().orElse(null), 1,
                consumed.readUnits(), consumed.writeUnits(), request.consumed().isPresent() ? 0 : 1);
    }

    /** This usage and the other's, added line by line. */
    public Usage plus(Usage other) {
        List<Line> both = new ArrayList<>(lines);
        both.addAll(other.lines);
        return new Usage(both).merged();
    }

    private Usage merged() {
        Map<String, Line> byKey = new LinkedHashMap<>();
        lines.forEach(line -> byKey.merge(line.key(), line, Line::plus));
        return new Usage(List.copyOf(byKey.values()));
    }

    public int requests() {
        return lines.stream().mapToInt(Line::requests).sum();
    }

    public double readUnits() {
        return lines.stream().mapToDouble(Line::readUnits).sum();
    }

    public double writeUnits() {
        return lines.stream().mapToDouble(Line::writeUnits).sum();
    }

    /** How many requests DynamoDB reported no capacity for, so that the units above leave them out. */
    public int requestsWithoutCapacity() {
        return lines.stream().mapToInt(Line::requestsWithoutCapacity).sum();
    }

    /**
     * Reads like "3 requests, 4.5 RCU", "2 requests, 1.0 RCU + 2.0 WCU (1 request reported no capacity)" or "no
     * item requests".
     */
    public String summary() {
        if (lines.isEmpty()) {
            return "no item requests";
        }
        String text = Text.count(requests(), "request") + ", " + new Capacity(readUnits(), writeUnits());
        int missing = requestsWithoutCapacity();
        return missing == 0 ? text : text + " (" + Text.count(missing, "request") + " reported no capacity)";
    }

    /** Reads like "Query on Music (index AlbumTitleIndex) ×2, PutItem on Music". */
    public String requestsText() {
        if (lines.isEmpty()) {
            return "no item requests";
        }
        List<String> parts = new ArrayList<>();
        for (Line line : lines) {
            String part = line.operation() + (line.table().isEmpty() ? "" : " on " + line.table())
                    + (line.index() == null ? "" : " (index " + line.index() + ")");
            parts.add(line.requests() == 1 ? part : part + " ×" + line.requests());
        }
        return String.join(", ", parts);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Usage is plain data", e);
        }
    }

    /** The usage a JSON array of lines holds, as {@link #toJson()} writes it. */
    public static Usage fromJson(String json) {
        try {
            return new Usage(List.of(JSON.readValue(json, Line[].class)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not the usage of a test: " + e.getOriginalMessage(), e);
        }
    }
}
