package org.dynamodbworkshop.lesson2;

import static org.dynamodbworkshop.testkit.RequestPattern.query;

import java.util.Comparator;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@LessonTest
@Tag("2.4")
@DisplayName("2.4 All books by an author")
class BooksByAuthorTest {

    private static final RequestBudget ONE_QUERY = RequestBudget.exactly(1, query(BooksFixture.TABLE))
            .orElseAdvise("A Query reads one partition (one author); a Scan reads every book of the table.");

    @Test
    @DisplayName("returns every book of the author, ordered by title, in one Query")
    void returnsBooksOfAuthorInTitleOrder(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, BooksFixture.sampleBooks());

        var found = books.catalog().booksBy("John Grisham");

        Elements.returnedBy("booksBy(\"John Grisham\")", "book", found)
                .because("Every book of the author, ordered by title.")
                .showingRequestsOf(dynamo)
                .inOrder(BooksFixture.sampleBooks().stream()
                        .filter(book -> book.getAuthor().equals("John Grisham"))
                        .sorted(Comparator.comparing(Book::getTitle))
                        .toList());
        ONE_QUERY.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns an empty list for an author with no books")
    void returnsNothingForUnknownAuthor(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, BooksFixture.sampleBooks());

        var found = books.catalog().booksBy("Nobody At All");

        Elements.returnedBy("booksBy(\"Nobody At All\"), an author with no books", "book", found)
                .showingRequestsOf(dynamo)
                .isEmpty();
        ONE_QUERY.assertMetBy(dynamo.requests());
    }
}
