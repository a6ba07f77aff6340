package org.dynamodbworkshop.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A test JVM's output is drained, and only its last lines are kept for a crash's message")
class OutputTailTest {

    @Test
    @DisplayName("of a flood of output, the last lines are kept whole and in order")
    void keepsTheLastLinesOfAFlood() {
        String flood = IntStream.range(0, 100_000).mapToObj(i -> "debug line " + i + " ü")
                .collect(Collectors.joining("\n", "", "\nException in thread \"main\" boom\n"));

        OutputTail tail = OutputTail.of(new ByteArrayInputStream(flood.getBytes(StandardCharsets.UTF_8)));

        assertThat(tail.lastLines(3)).isEqualTo("debug line 99998 ü\ndebug line 99999 ü\n"
                + "Exception in thread \"main\" boom");
    }

    @Test
    @DisplayName("a short output is kept as it was")
    void keepsAShortOutputWhole() {
        OutputTail tail = OutputTail.of(new ByteArrayInputStream("one\ntwo\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(tail.lastLines(5)).isEqualTo("one\ntwo");
    }
}
