package org.dynamodbworkshop.lesson2;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dynamodbworkshop.common.Polling;
import org.dynamodbworkshop.testkit.ItemLookup;
import org.dynamodbworkshop.testkit.ReadCost;
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
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Given set-up for the lesson's tests: a Books table of the test's own, made without the learner's code, so an
 * unsolved exercise never fails another exercise's tests.
 */
final class BooksFixture {

    static final String TABLE = BooksTable.NAME;
    static final String INDEX = BooksTable.CATEGORY_INDEX;

    /** The author of the large catalog whose books fill more than one 1 MB page. */
    static final String PROLIFIC_AUTHOR = "Isaac Asimov";

    /** The category of the large catalog whose part of the CategoryIndex fills more than one 1 MB page. */
    static final String LARGE_CATEGORY = "Science Fiction";

    private static final int TRANSACTION_LIMIT = 100;
    private static final int EXTRA_BOOKS = 320;
    private static final int SYNOPSIS_LENGTH = 4_000;
    private static final String SYNOPSIS = "Synopsis";
    private static final int SHOWN_LENGTH = 60;
    private static final String STORED_BOOK = "A book is stored as the strings (S) Author, Title and Category, and"
            + " Formats, a map (M) from a format's name to its product code, a string (S). An attribute the book does"
            + " not have stays out of the item, rather than being stored as NULL.";

    private final TestDynamoDb dynamo;
    private final String tableName;
    private final DynamoDbTable<Book> table;

    private BooksFixture(TestDynamoDb dynamo) {
        this(dynamo, dynamo.tableName(TABLE));
    }

    private BooksFixture(TestDynamoDb dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
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
        fixture.createTableWithCategoryIndex();
        return fixture.load(books);
    }

    /**
     * A read-only table with the CategoryIndex that the tests of a run share: the data set and
     * {@link #PROLIFIC_AUTHOR}'s {@value #EXTRA_BOOKS} more books in {@link #LARGE_CATEGORY}, each with a synopsis of
     * {@value #SYNOPSIS_LENGTH} characters, so that the author's books, and the category's part of the index, each
     * fill two 1 MB pages.
     */
    static BooksFixture withLargeCatalog(TestDynamoDb dynamo) {
        String shared = dynamo.sharedTable(TABLE, "two-pages-per-author-and-category", name -> {
            BooksFixture fixture = new BooksFixture(dynamo, name);
            fixture.createTableWithCategoryIndex();
            fixture.loadWithSynopses(largeCatalogBooks());
        });
        return new BooksFixture(dynamo, shared);
    }

    /** The books of the large catalog ({@link #withLargeCatalog}), as the learner's code maps them. */
    static List<Book> largeCatalogBooks() {
        List<Book> books = new ArrayList<>(sampleBooks());
        for (int volume = 1; volume <= EXTRA_BOOKS; volume++) {
            books.add(new Book(PROLIFIC_AUTHOR, String.format("Collected Stories, Volume %03d", volume),
                    LARGE_CATEGORY, Map.of("Paperback", String.format("CS%06d", volume))));
        }
        return books;
    }

    /** What a correct Query of an author's books reads, pages and capacity, measured with the admin client. */
    ReadCost costOfBooksBy(String author, String what) {
        return ReadCost.ofQuery(dynamo, what, QueryRequest.builder()
                .tableName(tableName)
                .keyConditionExpression("#author = :author")
                .expressionAttributeNames(Map.of("#author", Book.AUTHOR))
                .expressionAttributeValues(Map.of(":author", AttributeValue.fromS(author)))
                .build());
    }

    /** What a correct Query of a category on the CategoryIndex reads, measured with the admin client. */
    ReadCost costOfCategory(String category, String what) {
        return ReadCost.ofQuery(dynamo, what, QueryRequest.builder()
                .tableName(tableName)
                .indexName(INDEX)
                .keyConditionExpression("#category = :category")
                .expressionAttributeNames(Map.of("#category", Book.CATEGORY))
                .expressionAttributeValues(Map.of(":category", AttributeValue.fromS(category)))
                .build());
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

    /** Every item of the table as DynamoDB holds it, read without the learner's code. */
    List<Map<String, AttributeValue>> storedItems() {
        return dynamo.admin().scanPaginator(request -> request.tableName(tableName)).items().stream().toList();
    }

    /**
     * Checks every stored item against the types a book has: Author, Title and Category strings (S), Formats a map
     * (M) of product codes that are strings, no other attribute, and none stored as NULL.
     *
     * @param when the call that left the items, for the learner: {@code "addBooks(the tutorial's five books)"}
     */
    void assertStoredAsBooks(String when) {
        for (Map<String, AttributeValue> item : storedItems()) {
            List<String> problems = typeProblems(item);
            if (!problems.isEmpty()) {
                fail("%s by %s, as stored after %s: %s.%n  %s", text(item.get(Book.TITLE)),
                        text(item.get(Book.AUTHOR)), when, problems.get(0), STORED_BOOK);
            }
        }
    }

    private static List<String> typeProblems(Map<String, AttributeValue> item) {
        List<String> problems = new ArrayList<>();
        item.forEach((name, value) -> {
            switch (name) {
                case Book.AUTHOR, Book.TITLE, Book.CATEGORY -> expectString(name, value, problems);
                case Book.FORMATS -> {
                    if (value.type() == AttributeValue.Type.M) {
                        value.m().forEach((format, code) -> expectString(name + "." + format, code, problems));
                    } else {
                        problems.add(name + " is stored as " + shown(value) + ", where it is a map (M)");
                    }
                }
                default -> problems.add("the item has an attribute " + name + " = " + shown(value)
                        + ", which a book does not have");
            }
        });
        return problems;
    }

    private static void expectString(String name, AttributeValue value, List<String> problems) {
        if (value.type() != AttributeValue.Type.S) {
            problems.add(name + " is stored as " + shown(value) + ", where it is a string (S)");
        }
    }

    /** An attribute value with its DynamoDB type, cut short: {@code M {Audiobook=S "QH4TXR7N"}}. */
    private static String shown(AttributeValue value) {
        String text = switch (value.type()) {
            case S -> "S \"" + value.s() + "\"";
            case NUL -> "NULL";
            case M -> "M " + value.m().entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + shown(entry.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
            default -> value.type() + " " + value;
        };
        return text.length() <= SHOWN_LENGTH ? text : text.substring(0, SHOWN_LENGTH) + "…";
    }

    private static String text(AttributeValue value) {
        return value == null || value.s() == null ? String.valueOf(value) : value.s();
    }

    private void createTableWithCategoryIndex() {
        table.createTable(request -> request.globalSecondaryIndices(EnhancedGlobalSecondaryIndex.builder()
                .indexName(INDEX)
                .projection(projection -> projection.projectionType(ProjectionType.ALL))
                .build()));
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

    /** Writes the books with a synopsis each: not part of a {@link Book}, it makes each item about 4 KB. */
    private void loadWithSynopses(List<Book> books) {
        dynamo.awaitTableActive(tableName);
        dynamo.putAll(tableName, books.stream().map(BooksFixture::withSynopsis).toList());
    }

    private static Map<String, AttributeValue> withSynopsis(Book book) {
        Map<String, AttributeValue> item = new HashMap<>(Book.TABLE_SCHEMA.itemToMap(book, true));
        String line = book.getTitle() + ", by " + book.getAuthor() + ". ";
        item.put(SYNOPSIS, AttributeValue.fromS(line.repeat(SYNOPSIS_LENGTH / line.length() + 1)
                .substring(0, SYNOPSIS_LENGTH)));
        return item;
    }
}
