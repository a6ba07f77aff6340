package org.dynamodbworkshop.lesson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.batchWriteItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RecordedRequest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.RequestLog;
import org.dynamodbworkshop.testkit.Retries;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.dynamodbworkshop.testkit.UnprocessedItemsInjector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;

@LessonTest
@Tag("2.2")
@DisplayName("2.2 Add books in batches")
class AddBooksTest {

    /** The least wait in all before four retries: a back-off that starts at a few ms and grows waits longer. */
    private static final Duration LEAST_BACKOFF = Duration.ofMillis(10);

    @Test
    @DisplayName("writes the tutorial's five books in one BatchWriteItem")
    void writesTutorialBooksInOneBatch(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, List.of());

        books.catalog().addBooks(BooksFixture.tutorialBooks());

        books.assertStoredAsBooks("addBooks(the tutorial's five books)");
        Elements.heldBy("the table after addBooks(the tutorial's five books)", "book", books.storedBooks())
                .inOrder(BooksFixture.tutorialBooks().stream().sorted(BooksFixture.KEY_ORDER).toList());
        assertBatchedWell(dynamo, BooksFixture.tutorialBooks().size());
    }

    @Test
    @DisplayName("stores a book without formats or without a category with no such attribute, not a NULL")
    void leavesOutWhatABookLacks(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, List.of());
        List<Book> newBooks = List.of(
                new Book("Isaac Asimov", "The Last Question", "Science Fiction", null),
                new Book("Beatrix Potter", "The Tale of Mr. Tod", null, Map.of("Hardcover", "T0DB8RXP")));

        books.catalog().addBooks(newBooks);

        books.assertStoredAsBooks("addBooks(a book without formats and one without a category)");
        Elements.heldBy("the table after addBooks(a book without formats and one without a category)", "book",
                        books.storedBooks())
                .inOrder(newBooks.stream().sorted(BooksFixture.KEY_ORDER).toList());
        assertBatchedWell(dynamo, newBooks.size());
    }

    @Test
    @DisplayName("writes 60 books in batches of at most 25: three BatchWriteItem requests")
    void writesSixtyBooksInThreeBatches(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, List.of());

        books.catalog().addBooks(BooksFixture.sampleBooks());

        Elements.heldBy("the table after addBooks(60 books)", "book", books.storedBooks())
                .inOrder(BooksFixture.sampleBooks().stream().sorted(BooksFixture.KEY_ORDER).toList());
        assertBatchedWell(dynamo, BooksFixture.sampleBooks().size());
    }

    @Test
    @DisplayName("sends again the books that DynamoDB returns as UnprocessedItems")
    void resendsUnprocessedItems(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, List.of());
        UnprocessedItemsInjector busy = UnprocessedItemsInjector.holdingBack(3);
        dynamo.intercept(busy);

        books.catalog().addBooks(BooksFixture.sampleBooks());

        Elements.heldBy("the table after addBooks(60 books)", "book", books.storedBooks())
                .because("DynamoDB returned the last 3 writes of the first request as UnprocessedItems: they are not"
                        + " written until your code sends them again.")
                .inOrder(BooksFixture.sampleBooks().stream().sorted(BooksFixture.KEY_ORDER).toList());
        assertBatchedWell(dynamo, BooksFixture.sampleBooks().size());
    }

    @Test
    @DisplayName("keeps sending unprocessed books until DynamoDB has written them all")
    void keepsResendingUntilEverythingIsWritten(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, List.of());
        UnprocessedItemsInjector busy = UnprocessedItemsInjector.holdingBack(3).onFirst(4);
        dynamo.intercept(busy);

        books.catalog().addBooks(BooksFixture.sampleBooks());

        Elements.heldBy("the table after addBooks(60 books)", "book", books.storedBooks())
                .because("The first four BatchWriteItem responses each returned some writes as UnprocessedItems: a"
                        + " retry can come back partly unprocessed too, so loop until nothing is left.")
                .inOrder(BooksFixture.sampleBooks().stream().sorted(BooksFixture.KEY_ORDER).toList());
        assertBatchedWell(dynamo, BooksFixture.sampleBooks().size());
    }

    @Test
    @DisplayName("waits before sending unprocessed books again, longer each time")
    void waitsBeforeResending(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, List.of());
        dynamo.intercept(UnprocessedItemsInjector.holdingBack(4).onFirst(4));

        books.catalog().addBooks(BooksFixture.tutorialBooks());

        Elements.heldBy("the table after addBooks(the tutorial's five books)", "book", books.storedBooks())
                .inOrder(BooksFixture.tutorialBooks().stream().sorted(BooksFixture.KEY_ORDER).toList());
        assertBatchedWell(dynamo, BooksFixture.tutorialBooks().size());
        RequestLog batches = dynamo.requests();
        long retries = batches.requests().stream().filter(batch -> unprocessedWrites(batch) > 0).count();
        Duration waited = batches.pausedAfter(batch -> unprocessedWrites(batch) > 0);
        assertThat(waited.toMillis())
                .as("the time between each BatchWriteItem response with UnprocessedItems and the next BatchWriteItem,"
                        + " in all, over %d retries: DynamoDB returns unprocessed items when it is busy, and sending"
                        + " them again at once only adds to its load. Pause before each retry, longer each time"
                        + " (exponential backoff: 25 ms, 50 ms, 100 ms, ...); at least %d ms in all here",
                        retries, LEAST_BACKOFF.toMillis())
                .isGreaterThanOrEqualTo(LEAST_BACKOFF.toMillis());
        Retries.assertPausesGrow(batches, batch -> unprocessedWrites(batch) > 0,
                "BatchWriteItem retries of unprocessed books");
    }

    @Test
    @DisplayName("sends no request at all for an empty list of books")
    void sendsNothingForNoBooks(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, List.of());

        books.catalog().addBooks(List.of());

        Elements.heldBy("the table after addBooks(no books)", "book", books.storedBooks()).isEmpty();
        assertThat(dynamo.requests().requests())
                .as("the requests of addBooks(no books): DynamoDB rejects a BatchWriteItem without writes").isEmpty();
    }

    /**
     * Checks the requests of an insert of {@code bookCount} books: BatchWriteItem only, at most 25 writes each, no
     * write sent twice unless DynamoDB returned it unprocessed, and no more requests than full batches need.
     */
    private static void assertBatchedWell(TestDynamoDb dynamo, int bookCount) {
        int fullBatches = (bookCount + BooksTable.MAX_BATCH_WRITES - 1) / BooksTable.MAX_BATCH_WRITES;
        RequestBudget.atLeast(fullBatches, batchWriteItem(BooksFixture.TABLE))
                .orElseAdvise("BatchWriteItem writes up to 25 books in one request: one PutItem per book costs a"
                        + " request per book.")
                .assertMetBy(dynamo.requests());
        List<RecordedRequest> batches = dynamo.requests().requests();
        for (int i = 0; i < batches.size(); i++) {
            assertThat(batches.get(i).size())
                    .as("the writes in BatchWriteItem request %d of %d: at most 25 are allowed", i + 1, batches.size())
                    .isBetween(1, BooksTable.MAX_BATCH_WRITES);
        }
        int sent = batches.stream().mapToInt(RecordedRequest::size).sum();
        int returnedUnprocessed = batches.stream().mapToInt(AddBooksTest::unprocessedWrites).sum();
        assertThat(sent)
                .as("the writes sent in all BatchWriteItem requests, for %d books of which DynamoDB returned %d writes"
                        + " unprocessed: send each book once, and again only when it comes back unprocessed",
                        bookCount, returnedUnprocessed)
                .isEqualTo(bookCount + returnedUnprocessed);
        long responsesWithUnprocessed = batches.stream().filter(batch -> unprocessedWrites(batch) > 0).count();
        assertThat((long) batches.size())
                .as("the number of BatchWriteItem requests, for %d books (%d full batches of 25) and %d responses with"
                        + " UnprocessedItems: fill each batch with up to 25 books",
                        bookCount, fullBatches, responsesWithUnprocessed)
                .isLessThanOrEqualTo(fullBatches + responsesWithUnprocessed);
    }

    private static int unprocessedWrites(RecordedRequest request) {
        if (!(request.response() instanceof BatchWriteItemResponse response)) {
            return 0;
        }
        return response.unprocessedItems().values().stream().mapToInt(List::size).sum();
    }
}
