package org.dynamodbworkshop.grader.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Drains what a test JVM prints (the student's code may print without end) and keeps only its last bytes, for the
 * message of a crash: nothing is written to disk, so a flood of output can fill neither memory nor the disk.
 */
final class OutputTail {

    private static final int KEPT_BYTES = 16 * 1024;

    private final byte[] ring = new byte[KEPT_BYTES];
    private long written;
    /** Where the current run's output starts: a warm worker's earlier runs are not this run's. */
    private long runStart;
    private final Thread drain;

    private OutputTail(InputStream output) {
        drain = new Thread(() -> drain(output), "test-jvm-output");
        drain.setDaemon(true);
        drain.start();
    }

    /** Starts draining the stream at once, so that the JVM writing it never blocks on a full pipe. */
    static OutputTail of(InputStream output) {
        return new OutputTail(output);
    }

    /** A new run starts: what was printed so far is not its output. */
    synchronized void forget() {
        runStart = written;
    }

    /** The last {@code count} lines printed, once the stream has ended (the JVM has exited or been stopped). */
    String lastLines(int count) {
        try {
            drain.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> lines = text().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size())).strip();
    }

    private void drain(InputStream output) {
        byte[] buffer = new byte[8192];
        try (output) {
            for (int read = output.read(buffer); read >= 0; read = output.read(buffer)) {
                keep(buffer, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void keep(byte[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            ring[(int) (written++ % KEPT_BYTES)] = buffer[i];
        }
    }

    private synchronized String text() {
        int length = (int) Math.min(written - runStart, KEPT_BYTES);
        byte[] ordered = new byte[length];
        for (int i = 0; i < length; i++) {
            ordered[i] = ring[(int) ((written - length + i) % KEPT_BYTES)];
        }
        String text = new String(ordered, StandardCharsets.UTF_8);
        if (written - runStart <= KEPT_BYTES) {
            return text;
        }
        // The first line may have been cut in the middle of a character or a line: drop it.
        int firstLineEnd = text.indexOf('\n');
        return firstLineEnd < 0 ? text : text.substring(firstLineEnd + 1);
    }
}
