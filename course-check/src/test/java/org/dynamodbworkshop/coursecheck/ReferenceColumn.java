package org.dynamodbworkshop.coursecheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dynamodbworkshop.testkit.ReferenceUsage;

/**
 * The column of a lesson README's exercise table that shows what the reference solution reads and writes in the
 * exercise's tests, taken from the lesson's {@code reference-usage.json}: the next to last cell of each exercise's
 * row, before its points.
 */
final class ReferenceColumn {

    private static final Pattern EXERCISE_ROW = Pattern.compile("(?m)^\\|[ \\t]*(\\d+\\.\\d+)[ \\t]*\\|.*\\|[ \\t]*$");

    private ReferenceColumn() {
    }

    /** What the column should say of an exercise, e.g. "2 requests, 184.5 RCU". */
    static String cell(ReferenceUsage reference, String exerciseId) {
        return reference.total(exerciseId).summary();
    }

    /** The column's cells as the README has them, by exercise. */
    static Map<String, String> cells(String readme) {
        Map<String, String> cells = new LinkedHashMap<>();
        Matcher row = EXERCISE_ROW.matcher(readme);
        while (row.find()) {
            List<String> rowCells = split(row.group());
            cells.put(row.group(1), rowCells.get(rowCells.size() - 2));
        }
        return cells;
    }

    /** The README with every exercise row's column filled from the reference figures. */
    static String fill(String readme, ReferenceUsage reference) {
        Matcher row = EXERCISE_ROW.matcher(readme);
        StringBuilder filled = new StringBuilder();
        while (row.find()) {
            List<String> rowCells = new ArrayList<>(split(row.group()));
            rowCells.set(rowCells.size() - 2, cell(reference, row.group(1)));
            row.appendReplacement(filled, Matcher.quoteReplacement("| " + String.join(" | ", rowCells) + " |"));
        }
        return row.appendTail(filled).toString();
    }

    /** A table row's cells, trimmed; a pipe inside backticks or escaped as {@code \|} belongs to its cell. */
    private static List<String> split(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inCode = false;
        String inner = row.strip().substring(1, row.strip().length() - 1);
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '`') {
                inCode = !inCode;
            }
            if (c == '|' && !inCode && (i == 0 || inner.charAt(i - 1) != '\\')) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
