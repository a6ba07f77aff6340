package org.dynamodbworkshop.lesson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.dynamodbworkshop.testkit.RequestPattern.deleteTable;
import static org.dynamodbworkshop.testkit.RequestPattern.describeTable;

import org.dynamodbworkshop.common.Polling;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.dynamodbworkshop.testkit.Waiting;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

@LessonTest
@Tag("2.11")
@DisplayName("2.11 Delete the table")
class DeleteTableTest {

    @Test
    @DisplayName("deletes the table with its index and books, and waits until it is gone")
    void deletesTable(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withCategoryIndexAndBooks(dynamo, BooksFixture.sampleBooks());

        books.catalog().deleteTable(Polling.LOCAL);

        Throwable describe = catchThrowable(() -> dynamo.admin().describeTable(request -> request.tableName(books.tableName())));
        assertThat(describe).as("DescribeTable after deleteTable()").isInstanceOf(ResourceNotFoundException.class);
        RequestBudget.exactly(1, deleteTable(BooksFixture.TABLE))
                .andAtLeast(1, describeTable(BooksFixture.TABLE))
                .orElseAdvise("DeleteTable removes the table with all its items and indexes at once; wait with"
                        + " dynamoDb.waiter().waitUntilTableNotExists(...), which polls DescribeTable.")
                .assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("polls DescribeTable until it finds the table gone before returning")
    void waitsUntilGone(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withCategoryIndexAndBooks(dynamo, BooksFixture.sampleBooks());

        Waiting.untilTableGone(dynamo, BooksFixture.TABLE).waitsForIt("deleteTable", theDeleteTableCall(books));
    }

    @Test
    @DisplayName("pauses between two DescribeTable polls for as long as the Polling says")
    void pausesBetweenPolls(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withCategoryIndexAndBooks(dynamo, BooksFixture.sampleBooks());

        Waiting.untilTableGone(dynamo, BooksFixture.TABLE).pausesBetweenPolls("deleteTable", theDeleteTableCall(books));
    }

    @Test
    @DisplayName("gives up with an exception after Polling.maxPolls() polls if the table is never gone")
    void givesUpAfterMaxPolls(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withCategoryIndexAndBooks(dynamo, BooksFixture.sampleBooks());

        Waiting.untilTableGone(dynamo, BooksFixture.TABLE).givesUp("deleteTable", theDeleteTableCall(books));
    }

    private static Waiting.PollingCall theDeleteTableCall(BooksFixture books) {
        return (maxPolls, pause) -> books.catalog().deleteTable(new Polling(maxPolls, pause));
    }
}
