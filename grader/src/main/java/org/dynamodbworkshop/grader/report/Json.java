package org.dynamodbworkshop.grader.report;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dynamodbworkshop.grader.runner.JsonText;

/** Writes maps, lists, strings, numbers, booleans and nulls as indented JSON. */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value instanceof Map<?, ?> map) {
            writeEntries(map.entrySet().iterator(), out, indent, '{', '}');
        } else if (value instanceof List<?> list) {
            writeEntries(list.iterator(), out, indent, '[', ']');
        } else if (value instanceof Double number) {
            out.append(number == Math.rint(number) ? String.valueOf(number.longValue()) : String.valueOf(number));
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            out.append(value == null ? "null" : JsonText.quote(value.toString()));
        }
    }

    private static void writeEntries(Iterator<?> entries, StringBuilder out, String indent, char open, char close) {
        out.append(open);
        if (!entries.hasNext()) {
            out.append(close);
            return;
        }
        String inner = indent + "  ";
        while (entries.hasNext()) {
            Object entry = entries.next();
            out.append('\n').append(inner);
            if (entry instanceof Map.Entry<?, ?> field) {
                out.append(JsonText.quote(field.getKey().toString())).append(": ");
                write(field.getValue(), out, inner);
            } else {
                write(entry, out, inner);
            }
            if (entries.hasNext()) {
                out.append(',');
            }
        }
        out.append('\n').append(indent).append(close);
    }
}
