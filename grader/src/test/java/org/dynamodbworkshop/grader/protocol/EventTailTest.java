package org.dynamodbworkshop.grader.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.protocol.Event.End;
import org.dynamodbworkshop.grader.protocol.Event.Finished;
import org.dynamodbworkshop.grader.protocol.Event.Malformed;
import org.dynamodbworkshop.grader.protocol.Event.Started;
import org.dynamodbworkshop.grader.protocol.Event.TestDescription;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The events file is read one complete line at a time")
class EventTailTest {

    private static final TestDescription TEST = new TestDescription(
            "[engine:junit-jupiter]/[class:org.dynamodbworkshop.lesson2.BooksByAuthorTest]/[method:findsAll()]",
            "org.dynamodbworkshop.lesson2.BooksByAuthorTest", "finds every book", Set.of("2.4"));

    @TempDir
    Path folder;

    @Test
    @DisplayName("an event flushed in two parts is read once, whole, after its second part")
    void readsAnEventSplitAcrossTwoFlushesOnce() throws IOException {
        Path file = folder.resolve("events.jsonl");
        // The first part ends in "}", as a message quoting code does: the old reader took it for a whole event.
        Event event = new Finished(TEST, Outcome.FAILED, "expected {Author=\"Ann\"}\nbut got {}");
        String line = EventCodec.encode(event) + "\n";
        int split = line.indexOf("}") + 1;
        EventTail tail = new EventTail(file);

        append(file, line.substring(0, split));
        List<Event> afterFirstPart = tail.poll();
        append(file, line.substring(split));
        List<Event> afterSecondPart = tail.poll();

        assertThat(afterFirstPart).as("nothing is read of a line that has no end yet").isEmpty();
        assertThat(afterSecondPart).containsExactly(event);
        assertThat(tail.poll()).as("nothing is read twice").isEmpty();
    }

    @Test
    @DisplayName("a writer flushing every event in two parts while the reader polls loses and splits nothing")
    void readsEveryEventWhileTheWriterFlushesThemInParts() throws Exception {
        Path file = folder.resolve("events.jsonl");
        List<Event> written = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            written.add(i % 2 == 0 ? new Started(TEST.id() + i)
                    : new Finished(TEST, Outcome.PASSED, "ok " + i + " ".repeat(i * 7)));
        }
        written.add(End.ofRun());
        Files.createFile(file);
        EventTail tail = new EventTail(file);

        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> writeInParts(file, written));
        List<Event> read = new ArrayList<>();
        while (!writer.isDone()) {
            read.addAll(tail.poll());
        }
        writer.join();
        read.addAll(tail.poll());

        assertThat(read).containsExactlyElementsOf(written);
    }

    @Test
    @DisplayName("a line that is no event is read as malformed, naming the line, and reading goes on")
    void readsAMalformedLineAsSuch() throws IOException {
        Path file = folder.resolve("events.jsonl");
        append(file, "g.dynamodbworkshop.lesson2.BooksByAuthorTest]/[method:findsAll()]\"}\n"
                + EventCodec.encode(End.ofRun()) + "\n");

        List<Event> events = new EventTail(file).poll();

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(Malformed.class,
                bad -> assertThat(bad.line()).startsWith("g.dynamodbworkshop.lesson2"));
        assertThat(events.get(1)).isEqualTo(End.ofRun());
    }

    @Test
    @DisplayName("a file not written yet holds no events")
    void readsNothingFromAMissingFile() {
        assertThat(new EventTail(folder.resolve("not-yet.jsonl")).poll()).isEmpty();
    }

    private static void writeInParts(Path file, List<Event> events) {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
            for (Event event : events) {
                byte[] line = (EventCodec.encode(event) + "\n").getBytes(StandardCharsets.UTF_8);
                int half = line.length / 2;
                out.write(line, 0, half);
                out.flush();
                Thread.onSpinWait();
                out.write(line, half, line.length - half);
                out.flush();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
