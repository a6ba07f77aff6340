package org.dynamodbworkshop.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads items in the tutorials' data format: one plain JSON object per line, numbers as JSON numbers, lists as JSON
 * arrays, maps as JSON objects. Blank lines are skipped.
 */
public final class JsonLines {

    private JsonLines() {
    }

    /** Reads every item, or fails on the first malformed line with its number. */
    public static List<Map<String, AttributeValue>> read(InputStream input) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    items.add(parse(line, lineNumber));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    /** Reads a data set that ships on the classpath. */
    public static List<Map<String, AttributeValue>> readResource(Class<?> owner, String name) {
        InputStream input = owner.getResourceAsStream(name);
        if (input == null) {
            throw new IllegalArgumentException("No data set " + name + " beside " + owner.getName());
        }
        return read(input);
    }

    static Map<String, AttributeValue> parse(String line, int lineNumber) {
        if (!line.strip().startsWith("{")) {
            throw new MalformedLineException(lineNumber, "expected one JSON object per line");
        }
        try {
            return EnhancedDocument.fromJson(line).toMap();
        } catch (RuntimeException e) {
            throw new MalformedLineException(lineNumber, e.getMessage());
        }
    }

    /** A line that is not one JSON object. */
    public static final class MalformedLineException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final int lineNumber;

        MalformedLineException(int lineNumber, String reason) {
            super("line " + lineNumber + ": " + reason);
            this.lineNumber = lineNumber;
        }

        public int lineNumber() {
            return lineNumber;
        }
    }
}
