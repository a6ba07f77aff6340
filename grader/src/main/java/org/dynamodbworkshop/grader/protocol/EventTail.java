package org.dynamodbworkshop.grader.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the events a running test JVM appends to its events file. Only complete lines count: the offset read up to
 * never passes the last newline, so a line the writer has flushed only in part is read whole on a later poll, and
 * nothing is read twice.
 */
public final class EventTail {

    private final Path file;
    private long consumed;

    public EventTail(Path file) {
        this.file = file;
    }

    /** The events completed since the last poll, in order; none if the file does not exist yet. */
    public List<Event> poll() {
        byte[] fresh = unread();
        int end = lastNewline(fresh);
        if (end < 0) {
            return List.of();
        }
        consumed += end + 1;
        return new String(fresh, 0, end, StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank())
                .map(EventCodec::decode)
                .toList();
    }

    private byte[] unread() {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(consumed);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (channel.read(buffer) > 0) {
                bytes.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            return bytes.toByteArray();
        } catch (NoSuchFileException e) {
            return new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
