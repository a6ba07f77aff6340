package org.dynamodbworkshop.lesson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.dynamodbworkshop.testkit.RequestPattern.deleteTable;
import static org.dynamodbworkshop.testkit.RequestPattern.describeTable;

import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
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

        books.catalog().deleteTable();

        Throwable describe = catchThrowable(() -> dynamo.admin().describeTable(request -> request.tableName(books.tableName())));
        assertThat(describe).as("DescribeTable after deleteTable()").isInstanceOf(ResourceNotFoundException.class);
        RequestBudget.exactly(1, deleteTable(BooksFixture.TABLE))
                .andAtLeast(1, describeTable(BooksFixture.TABLE))
                .orElseAdvise("DeleteTable removes the table with all its items and indexes at once; wait with"
                        + " dynamoDb.waiter().waitUntilTableNotExists(...), which polls DescribeTable.")
                .assertMetBy(dynamo.requests());
    }
}
