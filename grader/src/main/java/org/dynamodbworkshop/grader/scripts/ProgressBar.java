package org.dynamodbworkshop.grader.scripts;

import java.io.PrintWriter;
import org.dynamodbworkshop.common.BatchLoader;

/** A one-line progress bar for long loads, redrawn in place: {@code [=========>          ] 4500/10000 items}. */
public final class ProgressBar implements BatchLoader.Progress {

    /** Loads shorter than this finish before a bar would help. */
    static final int MIN_ITEMS = 1000;
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private int lastDrawn = -1;
    private boolean drawn;

    private ProgressBar(PrintWriter out) {
        this.out = out;
    }

    /** A bar on {@code out} for loads of {@link #MIN_ITEMS} or more, drawn only on a terminal. */
    static BatchLoader.Progress on(PrintWriter out, boolean terminal) {
        return terminal ? new ProgressBar(out) : BatchLoader.Progress.NONE;
    }

    @Override
    public void update(int written, int total) {
        if (total < MIN_ITEMS) {
            return;
        }
        int percent = (int) (100L * written / total);
        if (percent == lastDrawn) {
            return;
        }
        lastDrawn = percent;
        out.print("\r" + render(written, total));
        if (written >= total) {
            out.println();
        }
        out.flush();
        drawn = true;
    }

    /** Ends the bar's line if a load stopped before the end. */
    void finish() {
        if (drawn && lastDrawn < 100) {
            out.println();
            out.flush();
        }
    }

    public static String render(int written, int total) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * written / total);
        StringBuilder bar = new StringBuilder("[");
        for (int i = 0; i < WIDTH; i++) {
            bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
        }
        return bar.append("] ").append(written).append('/').append(total).append(" items").toString();
    }
}
