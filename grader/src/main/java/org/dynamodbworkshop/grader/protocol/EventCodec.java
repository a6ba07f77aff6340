package org.dynamodbworkshop.grader.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.protocol.Event.Discovered;
import org.dynamodbworkshop.grader.protocol.Event.End;
import org.dynamodbworkshop.grader.protocol.Event.Finished;
import org.dynamodbworkshop.grader.protocol.Event.Malformed;
import org.dynamodbworkshop.grader.protocol.Event.Started;
import org.dynamodbworkshop.grader.protocol.Event.TestDescription;
import org.dynamodbworkshop.testkit.Usage;

/**
 * The wire form of an {@link Event}: one JSON object on one line, e.g.
 * {@code {"event":"started","id":"[engine:junit-jupiter]/..."}}. Encoding needs only jackson-core, which is all a
 * test JVM gets besides the lesson's own classpath; decoding, done by the grader, uses jackson-databind.
 */
public final class EventCodec {

    private static final JsonFactory JSON = new JsonFactory();

    private EventCodec() {
    }

    /** The event as one line of JSON, without the line end. JSON escapes every newline inside a string. */
    public static String encode(Event event) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            if (event instanceof Discovered discovered) {
                json.writeStringField("event", "discovered");
                writeTest(json, discovered.test());
            } else if (event instanceof Started started) {
                json.writeStringField("event", "started");
                json.writeStringField("id", started.id());
            } else if (event instanceof Finished finished) {
                json.writeStringField("event", "finished");
                writeTest(json, finished.test());
                json.writeStringField("outcome", finished.outcome().id());
                json.writeStringField("message", finished.message());
                if (!finished.usage().isEmpty()) {
                    json.writeStringField("usage", finished.usage());
                }
            } else if (event instanceof End end) {
                json.writeStringField("event", "end");
                json.writeArrayFieldStart("restored");
                for (String change : end.restored()) {
                    json.writeString(change);
                }
                json.writeEndArray();
                json.writeStringField("retiring", end.retiring());
            } else {
                throw new IllegalArgumentException("Not an event to write: " + event);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The event a line holds, or {@link Malformed} naming what is wrong with it; never throws. */
    public static Event decode(String line) {
        try {
            JsonNode json = Decoding.MAPPER.readTree(line);
            if (json == null || !json.isObject()) {
                return new Malformed(line, "not a JSON object");
            }
            return switch (text(json, "event")) {
                case "discovered" -> new Discovered(test(json));
                case "started" -> new Started(text(json, "id"));
                case "finished" -> new Finished(test(json), Outcome.fromId(text(json, "outcome")),
                        text(json, "message"), usage(json));
                case "end" -> new End(strings(json, "restored"), text(json, "retiring"));
                default -> new Malformed(line, "unknown event \"" + text(json, "event") + "\"");
            };
        } catch (JsonProcessingException e) {
            return new Malformed(line, e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            return new Malformed(line, e.getMessage());
        }
    }

    private static void writeTest(JsonGenerator json, TestDescription test) throws IOException {
        json.writeStringField("id", test.id());
        json.writeStringField("class", test.className());
        json.writeStringField("name", test.name());
        json.writeArrayFieldStart("tags");
        for (String tag : new TreeSet<>(test.tags())) {
            json.writeString(tag);
        }
        json.writeEndArray();
    }

    private static TestDescription test(JsonNode json) {
        return new TestDescription(text(json, "id"), text(json, "class"), text(json, "name"),
                Set.copyOf(new TreeSet<>(strings(json, "tags"))));
    }

    /**
     * A test's usage, carried as the JSON text the test kit wrote and checked here; empty where the test measured
     * nothing.
     */
    private static String usage(JsonNode json) {
        JsonNode usage = json.get("usage");
        if (usage == null) {
            return "";
        }
        if (!usage.isTextual()) {
            throw new IllegalArgumentException("\"usage\" is not a string");
        }
        Usage.fromJson(usage.asText());
        return usage.asText();
    }

    private static List<String> strings(JsonNode json, String field) {
        JsonNode array = json.path(field);
        if (!array.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" is not an array");
        }
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return List.copyOf(values);
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing or not a string");
        }
        return value.asText();
    }

    /** Loaded on the first decode only, so that a test JVM, which only encodes, needs no jackson-databind. */
    private static final class Decoding {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
