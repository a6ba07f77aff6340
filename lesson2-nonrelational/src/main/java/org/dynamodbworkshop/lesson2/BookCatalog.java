package org.dynamodbworkshop.lesson2;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dynamodbworkshop.common.Polling;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Lesson 2: the access patterns of the Books table. This is the class you edit: each method is one exercise.
 *
 * <p>Use whichever client suits the exercise: {@code dynamoDb} is the low-level client, {@code enhancedClient} and
 * {@code books} the Enhanced Client and its view of the table. The tests check what your code does and which requests
 * it sends, not how it is written. Read the lesson's README.md first, and HINTS.md when you are stuck.
 */
public class BookCatalog {

    private final DynamoDbClient dynamoDb;
    private final DynamoDbEnhancedClient enhancedClient;
    private final DynamoDbTable<Book> books;
    private final String tableName;
    private final String categoryIndexName;

    public BookCatalog(DynamoDbClient dynamoDb, DynamoDbEnhancedClient enhancedClient, String tableName,
                       String categoryIndexName) {
        this.dynamoDb = dynamoDb;
        this.enhancedClient = enhancedClient;
        this.books = enhancedClient.table(tableName, Book.TABLE_SCHEMA);
        this.tableName = tableName;
        this.categoryIndexName = categoryIndexName;
    }

    /**
     * Exercise 2.1: creates the table (key {@code Author} and {@code Title}, on-demand billing, no secondary index
     * yet) and waits until it is ACTIVE, polling as {@code polling} says. Budget: 1 CreateTable, then DescribeTable
     * polls (a waiter).
     */
    public void createTable(Polling polling) {
        throw new UnsupportedOperationException("Exercise 2.1 is not implemented yet: see HINTS.md, section 2.1");
    }

    /**
     * Exercise 2.2: writes the books with BatchWriteItem, at most 25 in a request, and sends again whatever DynamoDB
     * returns as UnprocessedItems until every book is written, pausing before each retry, longer each time. Budget:
     * BatchWriteItem requests only, of at most 25 writes each; no write sent twice unless DynamoDB returned it
     * unprocessed.
     */
    public void addBooks(List<Book> newBooks) {
        throw new UnsupportedOperationException("Exercise 2.2 is not implemented yet: see HINTS.md, section 2.2");
    }

    /** Exercise 2.3: one book by its full key. Budget: 1 GetItem. */
    public Optional<Book> getBook(String author, String title) {
        throw new UnsupportedOperationException("Exercise 2.3 is not implemented yet: see HINTS.md, section 2.3");
    }

    /**
     * Exercise 2.4: all books by an author, ordered by title, however many 1 MB pages they fill. Budget: 1 Query on
     * the table a page.
     */
    public List<Book> booksBy(String author) {
        throw new UnsupportedOperationException("Exercise 2.4 is not implemented yet: see HINTS.md, section 2.4");
    }

    /**
     * Exercise 2.5: adds the global secondary index on Category (every attribute projected) to the live table and
     * waits until DescribeTable reports it ACTIVE: at most {@code polling.maxPolls()} DescribeTable requests, with
     * {@code polling.pause()} between two of them; gives up with an exception (of any kind) after that. Budget:
     * 1 UpdateTable, then DescribeTable polls.
     */
    public void addCategoryIndex(Polling polling) {
        throw new UnsupportedOperationException("Exercise 2.5 is not implemented yet: see HINTS.md, section 2.5");
    }

    /**
     * Exercise 2.6: all books in a category, in any order, through the index, however many 1 MB pages they fill.
     * Budget: 1 Query on the index a page.
     */
    public List<Book> booksInCategory(String category) {
        throw new UnsupportedOperationException("Exercise 2.6 is not implemented yet: see HINTS.md, section 2.6");
    }

    /**
     * Exercise 2.7: sets the product code of one format of a book, in place, keeping the book's other formats and
     * attributes; the book exists. Budget: 1 UpdateItem.
     */
    public void setFormat(String author, String title, String format, String productCode) {
        throw new UnsupportedOperationException("Exercise 2.7 is not implemented yet: see HINTS.md, section 2.7");
    }

    /**
     * Exercise 2.8: moves an existing book to another category, keeping its other attributes.
     * Budget: 1 UpdateItem, with a condition that the book exists.
     *
     * @throws BookNotFoundException if there is no such book (and nothing is written)
     */
    public void changeCategory(String author, String title, String category) {
        throw new UnsupportedOperationException("Exercise 2.8 is not implemented yet: see HINTS.md, section 2.8");
    }

    /**
     * Exercise 2.9: the formats of a book (format name to product code), reading only the Formats attribute
     * (a projection); an empty map for a book without formats, and empty if there is no such book.
     * Budget: 1 GetItem.
     */
    public Optional<Map<String, String>> formatsOf(String author, String title) {
        throw new UnsupportedOperationException("Exercise 2.9 is not implemented yet: see HINTS.md, section 2.9");
    }

    /**
     * Exercise 2.10: one page of the books in a category, through the index: at most {@code pageSize} books, starting
     * after {@code startKey}, and the key where the next page starts. Budget: 1 Query on the index, asking for at
     * most {@code pageSize} items.
     *
     * @param startKey {@code null} for the first page, else the previous page's {@link BookPage#nextPageKey()}
     */
    public BookPage booksInCategoryPage(String category, int pageSize, Map<String, AttributeValue> startKey) {
        throw new UnsupportedOperationException("Exercise 2.10 is not implemented yet: see HINTS.md, section 2.10");
    }

    /**
     * Exercise 2.11: deletes the table and waits until it is gone, polling as {@code polling} says.
     * Budget: 1 DeleteTable, then DescribeTable polls.
     */
    public void deleteTable(Polling polling) {
        throw new UnsupportedOperationException("Exercise 2.11 is not implemented yet: see HINTS.md, section 2.11");
    }
}
