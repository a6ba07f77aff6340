package org.dynamodbworkshop.lesson2;

import static org.dynamodbworkshop.testkit.RequestPattern.query;

import java.util.Comparator;
import java.util.List;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.ReadCost;
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
                .inOrder(booksOf("John Grisham", BooksFixture.sampleBooks()));
        ONE_QUERY.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns every book of an author whose books fill more than one 1 MB page, reading each page once")
    void returnsBooksBeyondFirstPage(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withLargeCatalog(dynamo);
        List<Book> expected = booksOf(BooksFixture.PROLIFIC_AUTHOR, BooksFixture.largeCatalogBooks());
        ReadCost cost = books.costOfBooksBy(BooksFixture.PROLIFIC_AUTHOR,
                "the " + expected.size() + " books of the author");

        var found = books.catalog().booksBy(BooksFixture.PROLIFIC_AUTHOR);

        Elements.returnedBy("booksBy(\"" + BooksFixture.PROLIFIC_AUTHOR + "\"), an author with more than 1 MB of books",
                        "book", found)
                .because("A Query returns at most 1 MB, with a LastEvaluatedKey where it stopped: send it back as"
                        + " ExclusiveStartKey until none comes (a paginator, or the Enhanced Client's items(), does"
                        + " that), and set no Limit, which cuts the result.")
                .showingRequestsOf(dynamo)
                .inOrder(expected);
        RequestBudget.reading(query(BooksFixture.TABLE), cost)
                .orElseAdvise("A Query reads one partition (one author), a 1 MB page a request; a Scan reads every"
                        + " book of the table.")
                .assertMetBy(dynamo.requests());
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

    private static List<Book> booksOf(String author, List<Book> books) {
        return books.stream()
                .filter(book -> book.getAuthor().equals(author))
                .sorted(Comparator.comparing(Book::getTitle))
                .toList();
    }
}
