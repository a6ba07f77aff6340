package org.dynamodbworkshop.lesson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.describeTable;
import static org.dynamodbworkshop.testkit.RequestPattern.updateTable;
import static org.dynamodbworkshop.testkit.StudentCode.catchThrowable;
import static org.dynamodbworkshop.testkit.StudentCode.expectThrown;

import java.time.Duration;
import org.dynamodbworkshop.common.Polling;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.TransientStates;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * On AWS a new index is CREATING while DynamoDB fills it from the table, and querying it then fails. DynamoDB Local
 * fills it at once, so these tests make DescribeTable report it CREATING for a few polls, as AWS would.
 */
@LessonTest
@Tag("2.5")
@DisplayName("2.5 Add the CategoryIndex")
class AddCategoryIndexTest {

    private static final int CREATING_POLLS = 2;

    @Test
    @DisplayName("the index is keyed on Category and projects every attribute")
    void indexIsKeyedOnCategory(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, BooksFixture.tutorialBooks());
        dynamo.intercept(TransientStates.lasting(CREATING_POLLS));

        books.catalog().addCategoryIndex(books.indexPolling());

        GlobalSecondaryIndexDescription index = categoryIndex(dynamo, books);
        assertThat(index.keySchema()).as("the key schema of " + BooksFixture.INDEX)
                .containsExactly(KeySchemaElement.builder().attributeName(Book.CATEGORY).keyType(KeyType.HASH).build());
        assertThat(index.projection().projectionType()).as("the projection of " + BooksFixture.INDEX)
                .isEqualTo(ProjectionType.ALL);
    }

    @Test
    @DisplayName("polls DescribeTable until it reports the index ACTIVE, so the index can be queried when it returns")
    void waitsUntilDescribeTableReportsActive(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, BooksFixture.tutorialBooks());
        TransientStates backfill = TransientStates.lasting(CREATING_POLLS);
        dynamo.intercept(backfill);

        books.catalog().addCategoryIndex(books.indexPolling());

        assertThat(backfill.reportedActive(books.tableName(), BooksFixture.INDEX))
                .as("whether a DescribeTable showed your code the index ACTIVE before addCategoryIndex returned (the"
                        + " first %d DescribeTable requests after the UpdateTable report it CREATING): querying an index"
                        + " before that fails with \"Cannot read from backfilling global secondary index\"",
                        CREATING_POLLS)
                .isTrue();
        assertThat(categoryIndex(dynamo, books).indexStatus()).as("the status of " + BooksFixture.INDEX)
                .isEqualTo(IndexStatus.ACTIVE);
        Elements.heldBy("the table after adding the index", "book", books.storedBooks())
                .inOrder(BooksFixture.tutorialBooks().stream().sorted(BooksFixture.KEY_ORDER).toList());
        RequestBudget.exactly(1, updateTable(BooksFixture.TABLE))
                .andAtLeast(CREATING_POLLS + 1, describeTable(BooksFixture.TABLE))
                .orElseAdvise("A new index is CREATING while DynamoDB fills it: poll DescribeTable until the index"
                        + " is ACTIVE. There is no waiter for indexes, and waitUntilTableExists only checks the table.")
                .assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("pauses between two DescribeTable polls for as long as the Polling says")
    void pausesBetweenPolls(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, BooksFixture.tutorialBooks());
        dynamo.intercept(TransientStates.lasting(CREATING_POLLS));
        Polling polling = dynamo.isEmbeddedLocal() ? new Polling(500, Duration.ofMillis(40))
                : books.indexPolling();

        long started = System.nanoTime();
        books.catalog().addCategoryIndex(polling);
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        long polls = dynamo.requests().matching(describeTable(BooksFixture.TABLE)).size();
        assertThat(polls).as("the DescribeTable polls: the first %d report the index CREATING, so waiting until it"
                + " is ACTIVE takes more", CREATING_POLLS).isGreaterThan(CREATING_POLLS);
        long mostPolls = 1 + waited.toMillis() / polling.pause().toMillis();
        assertThat(polls)
                .as("the DescribeTable polls in the %d ms that addCategoryIndex took, with a pause of %d ms between"
                        + " two polls: at most %d. Polling without a pause floods DynamoDB with requests, and AWS"
                        + " throttles them", waited.toMillis(), polling.pause().toMillis(), mostPolls)
                .isLessThanOrEqualTo(mostPolls);
    }

    @Test
    @DisplayName("gives up with an exception after Polling.maxPolls() polls if the index never becomes ACTIVE")
    void givesUpAfterMaxPolls(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, BooksFixture.tutorialBooks());
        dynamo.intercept(TransientStates.lasting(1_000));
        Polling polling = new Polling(4, Duration.ofMillis(1));

        Throwable thrown = catchThrowable(() -> books.catalog().addCategoryIndex(polling));

        expectThrown(Throwable.class, "addCategoryIndex of an index still CREATING after " + polling.maxPolls()
                + " polls", thrown, "A poll needs a bound, so that a stuck index fails loudly instead of hanging.");
        assertThat(dynamo.requests().matching(describeTable(BooksFixture.TABLE)).size())
                .as("the DescribeTable requests, with Polling.maxPolls() = %d", polling.maxPolls())
                .isBetween(1, polling.maxPolls());
    }

    private static GlobalSecondaryIndexDescription categoryIndex(TestDynamoDb dynamo, BooksFixture books) {
        var indexes = dynamo.admin().describeTable(request -> request.tableName(books.tableName())).table()
                .globalSecondaryIndexes();
        assertThat(indexes).as("the table's global secondary indexes")
                .extracting(GlobalSecondaryIndexDescription::indexName)
                .containsExactly(BooksFixture.INDEX);
        return indexes.get(0);
    }
}
