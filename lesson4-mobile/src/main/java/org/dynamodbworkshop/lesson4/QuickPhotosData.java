package org.dynamodbworkshop.lesson4;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dynamodbworkshop.common.JsonLines;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The lesson's data set and the tutorial's data format: one plain JSON object per line, with the table's attribute
 * names ({@code PK}, {@code SK}, {@code username}, {@code reactions}, ...), numbers as JSON numbers, lists as JSON
 * arrays and maps as JSON objects. The tutorial's own {@code items.json} reads unchanged.
 */
public final class QuickPhotosData {

    /** The lesson's data set, beside this class. */
    public static final String DATA_SET = "quick-photos.jsonl";

    private QuickPhotosData() {
    }

    /**
     * The lesson's data set: 20 users, 200 photos, 580 reactions over the four types and 160 friendships, every
     * {@code followers}, {@code following} and {@code reactions} count equal to the items it counts.
     */
    public static List<Map<String, AttributeValue>> dataSet() {
        return checked(JsonLines.readResource(QuickPhotosData.class, DATA_SET));
    }

    /** Reads items in the tutorial's format, such as its {@code items.json}. */
    public static List<Map<String, AttributeValue>> read(InputStream jsonLines) {
        return checked(JsonLines.read(jsonLines));
    }

    /** Reads a file in the tutorial's format, such as its {@code items.json}. */
    public static List<Map<String, AttributeValue>> read(Path file) {
        try (InputStream input = Files.newInputStream(file)) {
            return read(input);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static List<Map<String, AttributeValue>> checked(List<Map<String, AttributeValue>> items) {
        for (int i = 0; i < items.size(); i++) {
            Map<String, AttributeValue> item = items.get(i);
            for (String key : List.of(QuickPhotosTable.PK, QuickPhotosTable.SK)) {
                AttributeValue value = item.get(key);
                if (value == null || value.s() == null || value.s().isEmpty()) {
                    throw new IllegalArgumentException("Item " + (i + 1) + " has no string " + key + ": " + item);
                }
            }
        }
        return items;
    }
}
