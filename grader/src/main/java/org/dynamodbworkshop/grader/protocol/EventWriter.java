package org.dynamodbworkshop.grader.protocol;

import java.io.PrintWriter;

/** Writes events, one line each, flushed as each is written so that a JVM that dies keeps what it reported. */
public final class EventWriter {

    private final PrintWriter out;

    public EventWriter(PrintWriter out) {
        this.out = out;
    }

    public synchronized void write(Event event) {
        out.write(EventCodec.encode(event) + "\n");
        out.flush();
    }
}
