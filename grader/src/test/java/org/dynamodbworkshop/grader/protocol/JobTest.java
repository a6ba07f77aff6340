package org.dynamodbworkshop.grader.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A job travels to a test JVM as one line of JSON")
class JobTest {

    @Test
    @DisplayName("reads back as written, on one line, whatever its paths and test ids hold")
    void roundTrips() {
        Job job = new Job(Path.of("work", "events 0.jsonl"), Path.of("tests"),
                List.of(Path.of("student"), Path.of("given"), Path.of("tests")), List.of(Path.of("C:\\m2\\kit.jar")),
                Set.of("[engine:junit-jupiter]/[class:a.B]/[method:c(\"x\")]", "[engine:x]\n"), 20,
                Set.of("org.dynamodbworkshop.lesson1.MusicCatalog"));

        String line = job.encode();

        assertThat(line).as("one line").doesNotContain("\n", "\r");
        assertThat(Job.decode(line)).isEqualTo(job);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "[]", "{\"events\":\"e\"}", "{\"events\":"})
    @DisplayName("a line that is no job is refused with a reason")
    void refusesWhatIsNoJob(String line) {
        assertThatThrownBy(() -> Job.decode(line)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("(a job|not a job).*");
    }
}
