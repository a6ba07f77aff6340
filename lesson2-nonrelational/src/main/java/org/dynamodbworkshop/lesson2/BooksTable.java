package org.dynamodbworkshop.lesson2;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.dynamodbworkshop.common.JsonLines;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Given facts about the Books table: its names and its data set. */
public final class BooksTable {

    /** The table's name in the tutorial; tests give each test a table of its own. */
    public static final String NAME = "Books";

    /** The global secondary index of exercise 2.5: partition key {@code Category}, every attribute projected. */
    public static final String CATEGORY_INDEX = "CategoryIndex";

    /** The most writes one BatchWriteItem request may carry. */
    public static final int MAX_BATCH_WRITES = 25;

    private BooksTable() {
    }

    /**
     * The lesson's data set, from {@code books.jsonl}: the tutorial's five books first, then 55 more, 60 books by 13
     * authors in four categories.
     */
    public static List<Book> sampleBooks() {
        return toBooks(JsonLines.readResource(BooksTable.class, "books.jsonl"));
    }

    /** Reads books in the tutorials' format, one JSON object per line, e.g. a file of your own. */
    public static List<Book> readBooks(InputStream jsonLines) {
        return toBooks(JsonLines.read(jsonLines));
    }

    private static List<Book> toBooks(List<Map<String, AttributeValue>> items) {
        return items.stream().map(Book.TABLE_SCHEMA::mapToItem).toList();
    }
}
