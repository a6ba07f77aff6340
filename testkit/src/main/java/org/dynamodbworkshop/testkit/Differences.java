package org.dynamodbworkshop.testkit;

import java.util.List;

/** Shows where two values' texts part ways, in a few characters around the first difference. */
final class Differences {

    private static final int BEFORE = 12;
    private static final int MIN_WINDOW = 20;

    private Differences() {
    }

    /**
     * ": …born 1979-02-15, 47… where …born 1979-02-14, 47… was expected", or a note that the texts agree; the
     * windows fit a line of {@link Text#WIDTH} that starts with {@code lead}.
     */
    static String where(String lead, String actual, String expected) {
        int at = firstDifference(actual, expected);
        if (at < 0) {
            return lead + " (it reads the same, but is not equal: a field that toString does not show differs)";
        }
        int window = (Text.WIDTH - lead.length() - ": … where …… was expected".length()) / 2 - 1;
        if (window < MIN_WINDOW) {
            return lead + ", from character " + (at + 1) + " on:";
        }
        return lead + ": " + window(actual, at, window) + " where " + window(expected, at, window) + " was expected";
    }

    /** Two lines, the values whole if they fit, else from a little before their first difference. */
    static List<String> sideBySide(String expectedLabel, String expected, String actualLabel, String actual) {
        String indent = "  ";
        int room = Text.WIDTH - indent.length() - expectedLabel.length();
        int at = Math.max(0, firstDifference(actual, expected));
        boolean fits = Text.oneLine(expected).length() <= room && Text.oneLine(actual).length() <= room;
        return List.of(
                Text.line(indent + expectedLabel, fits ? expected : window(expected, at, room)),
                Text.line(indent + actualLabel, fits ? actual : window(actual, at, room)));
    }

    static int firstDifference(String a, String b) {
        int common = Math.min(a.length(), b.length());
        for (int i = 0; i < common; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return a.length() == b.length() ? -1 : common;
    }

    private static String window(String text, int at, int width) {
        String line = Text.oneLine(text);
        int start = Math.max(0, at - BEFORE);
        int end = Math.min(line.length(), start + width);
        return (start > 0 ? "…" : "") + line.substring(start, end) + (end < line.length() ? "…" : "");
    }
}
