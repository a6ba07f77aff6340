package org.dynamodbworkshop.grader.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.protocol.Event.Discovered;
import org.dynamodbworkshop.grader.protocol.Event.End;
import org.dynamodbworkshop.grader.protocol.Event.Finished;
import org.dynamodbworkshop.grader.protocol.Event.Malformed;
import org.dynamodbworkshop.grader.protocol.Event.Started;
import org.dynamodbworkshop.grader.protocol.Event.TestDescription;
import org.dynamodbworkshop.grader.runner.TestRunner;
import org.dynamodbworkshop.testkit.Usage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Events travel as one line of JSON each")
class EventCodecTest {

    private static final TestDescription TEST = new TestDescription("[engine:junit-jupiter]/[method:a()]",
            "org.example.ATest", "finds \"Ann\"", Set.of("1.4", "lesson"));
    private static final Usage USAGE = new Usage(List.of(new Usage.Line("Query", "Music", "AlbumTitleIndex", 2, 1.5, 0,
            0)));

    @Test
    @DisplayName("every kind of event reads back as written, on one line, whatever its message holds")
    void roundTripsEveryEventOnOneLine() {
        for (Event event : new Event[] {new Discovered(TEST), new Started(TEST.id()),
                new Finished(TEST, Outcome.NOT_ATTEMPTED, "line one\nline two\r\n\ttab \"quoted\" \u2028 ü {}"),
                new Finished(TEST, Outcome.PASSED, "", USAGE.toJson()),
                End.ofRun(), new End(List.of("system property a", "table Music"), "a thread it started still runs")}) {
            String line = EventCodec.encode(event);

            assertThat(line).as("one line").doesNotContain("\n", "\r");
            assertThat(EventCodec.decode(line)).isEqualTo(event);
        }
    }

    @Test
    @DisplayName("a test's usage reads back as the test kit published it")
    void carriesTheUsageOfATest() {
        Event decoded = EventCodec.decode(EventCodec.encode(new Finished(TEST, Outcome.PASSED, "", USAGE.toJson())));

        assertThat(((Finished) decoded).measured()).contains(USAGE);
        assertThat(TestRunner.USAGE_REPORT_KEY).as("the key the runner listens for").isEqualTo(Usage.REPORT_KEY);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "not json", "[1,2]", "{\"event\":\"exploded\"}", "{\"event\":\"started\"}",
            "{\"event\":\"finished\",\"id\":\"a\",\"class\":\"C\",\"name\":\"n\",\"tags\":[],\"outcome\":\"won\","
                    + "\"message\":\"\"}",
            "{\"event\":\"discovered\",\"id\":\"a\",\"class\":\"C\",\"name\":\"n\",\"tags\":\"1.1\"}",
            "{\"event\":\"finished\",\"id\":\"a\",\"class\":\"C\",\"name\":\"n\",\"tags\":[],\"outcome\":\"passed\","
                    + "\"message\":\"\",\"usage\":\"[{\\\"requests\\\":\\\"many\\\"}]\"}"})
    @DisplayName("a line that is no event decodes as malformed, never as an exception")
    void decodesAnythingElseAsMalformed(String line) {
        assertThat(EventCodec.decode(line)).isInstanceOf(Malformed.class)
                .extracting(event -> ((Malformed) event).line()).isEqualTo(line);
    }
}
