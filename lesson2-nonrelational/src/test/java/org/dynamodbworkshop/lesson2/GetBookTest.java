package org.dynamodbworkshop.lesson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.getItem;

import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@LessonTest
@Tag("2.3")
@DisplayName("2.3 Get a book by its key")
class GetBookTest {

    private static final RequestBudget ONE_GET = RequestBudget.exactly(1, getItem(BooksFixture.TABLE))
            .orElseAdvise("With the whole key (author and title) one GetItem reads exactly the book.");

    @Test
    @DisplayName("returns the book with its category and formats, in one GetItem")
    void returnsTheBook(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, BooksFixture.sampleBooks());

        var book = books.catalog().getBook("John Grisham", "The Rainmaker");

        books.items().assertReturned("getBook(\"John Grisham\", \"The Rainmaker\")", book,
                BooksFixture.sampleBook("John Grisham", "The Rainmaker"),
                BooksFixture.key("John Grisham", "The Rainmaker"));
        ONE_GET.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns nothing for a title the author did not write, in one GetItem")
    void returnsNothingForMissingBook(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, BooksFixture.sampleBooks());

        var book = books.catalog().getBook("John Grisham", "Hamlet");

        assertThat(book).as("getBook(\"John Grisham\", \"Hamlet\")").isEmpty();
        ONE_GET.assertMetBy(dynamo.requests());
    }
}
