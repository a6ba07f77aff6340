package org.dynamodbworkshop.grader.publish;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The student edition's text of a document, from the markers in the course's own: what only the full course has is
 * left out, and what the student edition says instead is shown. The markers are HTML (and XML) comments, so the
 * course's documents render as if they were not there.
 *
 * <pre>
 * &lt;!-- instructors-only --&gt;
 * Whole lines only the full course has: the reference solutions, the self-check, grading a class.
 * &lt;!-- /instructors-only --&gt;
 * Inside a line too:&lt;!-- instructors-only --&gt; add `--reference` to see the finished version.&lt;!-- /instructors-only --&gt;
 * &lt;!-- student-edition: what the student edition says instead, on one line or several --&gt;
 * </pre>
 */
public final class EditionDocs {

    static final String OPEN = "<!-- instructors-only -->";
    static final String CLOSE = "<!-- /instructors-only -->";
    static final String ALTERNATIVE = "<!-- student-edition:";

    /** A block of whole lines, markers included. */
    private static final Pattern BLOCK = Pattern.compile(
            "(?m)^[ \\t]*" + Pattern.quote(OPEN) + "[ \\t]*\\R(?s:.*?)^[ \\t]*" + Pattern.quote(CLOSE) + "[ \\t]*(?:\\R|\\z)");
    /** A part of a line, or of a paragraph. */
    private static final Pattern INLINE = Pattern.compile(Pattern.quote(OPEN) + "(?s:.*?)" + Pattern.quote(CLOSE));
    /** A student-edition text, alone on its lines (the text is everything between the first and last line). */
    private static final Pattern ALTERNATIVE_BLOCK = Pattern.compile(
            "(?m)^[ \\t]*" + Pattern.quote(ALTERNATIVE) + "[ \\t]*\\R((?s:.*?\\R))[ \\t]*-->[ \\t]*(?:\\R|\\z)");
    /** A student-edition text inside a line. */
    private static final Pattern ALTERNATIVE_INLINE = Pattern.compile(
            Pattern.quote(ALTERNATIVE) + "[ \\t]?((?s:.*?))[ \\t]?-->");

    private EditionDocs() {
    }

    /**
     * The student edition's version of {@code text}.
     *
     * @param name the document's name, for the message of a marker left open
     * @throws IllegalStateException if a marker is not closed, or closed without being opened
     */
    public static String forStudents(String name, String text) {
        String result = BLOCK.matcher(text).replaceAll("");
        result = INLINE.matcher(result).replaceAll("");
        result = ALTERNATIVE_BLOCK.matcher(result).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        result = ALTERNATIVE_INLINE.matcher(result).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        for (String marker : new String[] {OPEN, CLOSE, ALTERNATIVE}) {
            int left = result.indexOf(marker);
            if (left >= 0) {
                long line = result.substring(0, left).lines().count() + 1;
                throw new IllegalStateException(name + ": the marker " + marker + " near line " + line
                        + " of the student edition's text is not paired: see CONTRIBUTING.md, Publishing");
            }
        }
        // A block left out between two paragraphs leaves their blank lines behind.
        return result.replaceAll("(\\R)(?:[ \\t]*\\R){2,}", "$1$1");
    }

    /** Whether a document has any marker to apply. */
    static boolean hasMarkers(String text) {
        return text.contains(OPEN) || text.contains(CLOSE) || text.contains(ALTERNATIVE);
    }
}
