package org.dynamodbworkshop.testkit;

import java.util.ArrayList;
import java.util.List;

/** Keeps failure messages readable: data cut to one line of a readable width, prose wrapped at that width. */
final class Text {

    /** The widest line a failure message holds. */
    static final int WIDTH = 120;

    private Text() {
    }

    /** The text on one line, cut to {@code width} characters with an ellipsis if longer. */
    static String cut(String text, int width) {
        String line = oneLine(text);
        return line.length() <= width ? line : line.substring(0, Math.max(0, width - 1)) + "…";
    }

    /** A line that starts with {@code indent}, cut to {@link #WIDTH}. */
    static String line(String indent, String text) {
        return indent + cut(text, WIDTH - indent.length());
    }

    /** Prose wrapped at {@link #WIDTH}, every line starting with {@code indent}. */
    static List<String> wrap(String indent, String prose) {
        return wrap(indent, indent, prose, Integer.MAX_VALUE);
    }

    /**
     * Text wrapped at {@link #WIDTH} between words: the first line starts with {@code first}, the others with
     * {@code indent}; past {@code maxLines} lines the last one is cut.
     */
    static List<String> wrap(String first, String indent, String text, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int start = first.length();
        for (String word : oneLine(text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
                start = indent.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > start) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            String last = kept.get(maxLines - 1) + " " + lines.get(maxLines).strip();
            kept.set(maxLines - 1, last.substring(0, Math.min(last.length(), WIDTH - 1)) + "…");
            return kept;
        }
        return lines.stream().map(wrapped -> cut(wrapped, WIDTH)).toList();
    }

    /** The most lines a failure message holds, its hint line included. */
    static final int MOST_LINES = 40;

    /**
     * A failure message made to fit: lines wider than {@link #WIDTH} wrapped between words, and past
     * {@code MOST_LINES - 1} lines (room for the hint) the rest counted, not shown. The test kit's own messages fit
     * already; this keeps AssertJ's in bounds too.
     */
    static String fit(String message) {
        List<String> lines = new ArrayList<>();
        for (String line : String.valueOf(message).split("\n", -1)) {
            if (line.length() <= WIDTH || line.strip().isEmpty()) {
                lines.add(line);
            } else {
                String indent = line.substring(0, line.length() - line.stripLeading().length());
                List<String> wrapped = wrap(indent, indent + "  ", line.strip(), Integer.MAX_VALUE);
                lines.addAll(wrapped.isEmpty() ? List.of(line) : wrapped);
            }
        }
        int room = MOST_LINES - 1;
        if (lines.size() > room) {
            int hidden = lines.size() - (room - 1);
            lines = new ArrayList<>(lines.subList(0, room - 1));
            lines.add("  … (" + hidden + " more lines)");
        }
        return String.join("\n", lines);
    }

    static String oneLine(String text) {
        return String.valueOf(text).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /** "1 game", "3 games", "no games"; plural by the usual English rules, so pass the singular. */
    static String count(int count, String noun) {
        return (count == 0 ? "no" : String.valueOf(count)) + " " + (count == 1 ? noun : plural(noun));
    }

    static String plural(String noun) {
        if (noun.matches(".*[^aeiou]y")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.matches(".*(s|x|ch|sh)")) {
            return noun + "es";
        }
        return noun + "s";
    }
}
