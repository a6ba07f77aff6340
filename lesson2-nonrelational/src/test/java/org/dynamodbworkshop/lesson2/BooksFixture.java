package org.dynamodbworkshop.lesson2;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dynamodbworkshop.common.Polling;
import org.dynamodbworkshop.testkit.ItemLookup;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.EnhancedGlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Given set-up for the lesson's tests: a Books table of the test's own, made without the learner's code, so an
 * unsolved exercise never fails another exercise's tests.
 */
final class BooksFixture {

    static final String TABLE = BooksTable.NAME;
    static final String INDEX = BooksTable.CATEGORY_INDEX;

    private static final int TRANSACTION_LIMIT = 100;

    private final TestDynamoDb dynamo;
    private final String tableName;
    private final DynamoDbTable<Book> table;

    private BooksFixture(TestDynamoDb dynamo) {
        this.dynamo = dynamo;
        this.tableName = dynamo.tableName(TABLE);
        this.table = dynamo.adminEnhancedClient().table(tableName, Book.TABLE_SCHEMA);
    }

    /** No table yet: for the exercise that creates it. */
    static BooksFixture withoutTable(TestDynamoDb dynamo) {
        return new BooksFixture(dynamo);
    }

    /** The table without the CategoryIndex, holding the given books. */
    static BooksFixture withBooks(TestDynamoDb dynamo, Collection<Book> books) {
        BooksFixture fixture = new BooksFixture(dynamo);
        // The Enhanced Client would also create the index that Book's annotations declare; exercise 2.5 adds it.
        dynamo.admin().createTable(request -> request
                .tableName(fixture.tableName)
                .keySchema(key(Book.AUTHOR, KeyType.HASH), key(Book.TITLE, KeyType.RANGE))
                .attributeDefinitions(stringAttribute(Book.AUTHOR), stringAttribute(Book.TITLE))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        return fixture.load(books);
    }

    /** The table with the CategoryIndex already in place, holding the given books. */
    static BooksFixture withCategoryIndexAndBooks(TestDynamoDb dynamo, Collection<Book> books) {
        BooksFixture fixture = new BooksFixture(dynamo);
        fixture.table.createTable(request -> request.globalSecondaryIndices(EnhancedGlobalSecondaryIndex.builder()
                .indexName(INDEX)
                .projection(projection -> projection.projectionType(ProjectionType.ALL))
                .build()));
        return fixture.load(books);
    }

    /** The lesson's data set: 60 books. */
    static List<Book> sampleBooks() {
        return BooksTable.sampleBooks();
    }

    /** The tutorial's five books, the first five of the data set. */
    static List<Book> tutorialBooks() {
        return sampleBooks().subList(0, 5);
    }

    /** One book of the data set. */
    static Book sampleBook(String author, String title) {
        return sampleBooks().stream()
                .filter(book -> book.getAuthor().equals(author) && book.getTitle().equals(title))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No sample book " + title + " by " + author));
    }

    /** The books of the data set in a category, in key order. */
    static List<Book> sampleBooksIn(String category) {
        return sampleBooks().stream().filter(book -> book.getCategory().equals(category)).sorted(KEY_ORDER).toList();
    }

    static final Comparator<Book> KEY_ORDER = Comparator.comparing(Book::getAuthor).thenComparing(Book::getTitle);

    /**
     * How long the learner's code may wait for a new index: polls close together on the test kit's DynamoDB Local,
     * the standard polling elsewhere (AWS, a DynamoDB Local that delays its statuses).
     */
    Polling indexPolling() {
        return dynamo.isEmbeddedLocal() ? Polling.LOCAL : Polling.STANDARD;
    }

    /** The learner's catalog, on recorded clients. */
    BookCatalog catalog() {
        return new BookCatalog(dynamo.client(), dynamo.enhancedClient(), tableName, INDEX);
    }

    String tableName() {
        return tableName;
    }

    /** The key of a book's item. */
    static Map<String, AttributeValue> key(String author, String title) {
        return Map.of(Book.AUTHOR, AttributeValue.fromS(author), Book.TITLE, AttributeValue.fromS(title));
    }

    /** Checks of one item that show, when they fail, the key the learner's code sent beside the key stored. */
    ItemLookup items() {
        return ItemLookup.in(dynamo, TABLE);
    }

    /** Every book in the table, read without the learner's code, in key order. */
    List<Book> storedBooks() {
        return table.scan().items().stream().sorted(KEY_ORDER).toList();
    }

    /** One book, read without the learner's code. */
    Optional<Book> storedBook(String author, String title) {
        return Optional.ofNullable(table.getItem(Key.builder().partitionValue(author).sortValue(title).build()));
    }

    private static KeySchemaElement key(String attribute, KeyType type) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
    }

    private static AttributeDefinition stringAttribute(String attribute) {
        return AttributeDefinition.builder().attributeName(attribute).attributeType(ScalarAttributeType.S).build();
    }

    /**
     * Writes the books with TransactWriteItems, up to 100 in a request: faster than one PutItem per book, and
     * different from exercise 2.2 on purpose (BatchWriteItem is yours to write).
     */
    private BooksFixture load(Collection<Book> books) {
        dynamo.awaitTableActive(tableName);
        List<Book> all = List.copyOf(books);
        for (int start = 0; start < all.size(); start += TRANSACTION_LIMIT) {
            List<Book> chunk = all.subList(start, Math.min(start + TRANSACTION_LIMIT, all.size()));
            dynamo.adminEnhancedClient().transactWriteItems(request -> chunk.forEach(book -> request.addPutItem(table, book)));
        }
        return this;
    }
}
