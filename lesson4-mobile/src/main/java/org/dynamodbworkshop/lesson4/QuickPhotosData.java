package org.dynamodbworkshop.lesson4;

import java.io.InputStream;
import org.dynamodbworkshop.common.BatchLoader;
import org.dynamodbworkshop.common.JsonLines;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The lesson's data set and the tutorial's data format: one plain JSON object per line, with the table's attribute
 * names ({@code PK}, {@code SK}, {@code username}, {@code reactions}, ...), numbers as JSON numbers, lists as JSON
 * arrays and maps as JSON objects. The tutorial's own {@code items.json} reads unchanged.
 */
public final class QuickPhotosData {

    /**
     * The lesson's data set, beside this class: 20 users, 200 photos, 580 reactions over the four types and 160
     * friendships, every {@code followers}, {@code following} and {@code reactions} count equal to the items it
     * counts.
     */
    public static final String DATA_SET = "quick-photos.jsonl";

    private QuickPhotosData() {
    }

    /** Writes the lesson's data set into the table, as {@link #load} does; returns how many items it wrote. */
    public static int loadDataSet(DynamoDbClient dynamoDb, String tableName) {
        return load(dynamoDb, tableName, QuickPhotosData.class.getResourceAsStream(DATA_SET));
    }

    /**
     * Writes items in the tutorial's format into the table, in order, with the shared {@link BatchLoader}
     * (BatchWriteItem, 25 items a request, unprocessed items sent again); closes the input and returns how many
     * items it wrote.
     *
     * @throws JsonLines.MalformedLineException for the first line that is not one JSON object with the table's key;
     *         every line before it is written
     */
    public static int load(DynamoDbClient dynamoDb, String tableName, InputStream jsonLines) {
        BatchLoader.Report report = new BatchLoader(dynamoDb, tableName).load(jsonLines, BatchLoader.Progress.NONE);
        if (report.failure().isPresent()) {
            throw report.failure().get();
        }
        return report.written();
    }
}
