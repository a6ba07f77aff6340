package org.dynamodbworkshop.lesson2;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * A book in the Books table: partition key {@code Author}, sort key {@code Title}.
 *
 * <p>{@code Formats} is a map from a format's name ({@code Hardcover}, {@code Paperback}, {@code Audiobook}, ...) to
 * the product code of the book in that format, stored as one DynamoDB map attribute. Given code: the Enhanced Client
 * maps it with {@link #TABLE_SCHEMA}.
 */
@DynamoDbBean
public class Book {

    public static final String AUTHOR = "Author";
    public static final String TITLE = "Title";
    public static final String CATEGORY = "Category";
    public static final String FORMATS = "Formats";

    /** Maps books to and from items, for the Enhanced Client. */
    public static final TableSchema<Book> TABLE_SCHEMA = TableSchema.fromBean(Book.class);

    private String author;
    private String title;
    private String category;
    private Map<String, String> formats;

    public Book() {
    }

    public Book(String author, String title, String category, Map<String, String> formats) {
        this.author = author;
        this.title = title;
        this.category = category;
        this.formats = formats == null ? null : new LinkedHashMap<>(formats);
    }

    @DynamoDbPartitionKey
    @DynamoDbAttribute(AUTHOR)
    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    @DynamoDbSortKey
    @DynamoDbAttribute(TITLE)
    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = BooksTable.CATEGORY_INDEX)
    @DynamoDbAttribute(CATEGORY)
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    @DynamoDbAttribute(FORMATS)
    public Map<String, String> getFormats() {
        return formats;
    }

    public void setFormats(Map<String, String> formats) {
        this.formats = formats;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Book book
                && Objects.equals(author, book.author)
                && Objects.equals(title, book.title)
                && Objects.equals(category, book.category)
                && Objects.equals(formats, book.formats);
    }

    @Override
    public int hashCode() {
        return Objects.hash(author, title, category, formats);
    }

    @Override
    public String toString() {
        return author + " - " + title + " (" + category + ", formats: " + formats + ")";
    }
}
