package org.dynamodbworkshop.lesson2;

import static org.dynamodbworkshop.testkit.RequestPattern.query;

import java.util.List;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.ReadCost;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@LessonTest
@Tag("2.6")
@DisplayName("2.6 Books in a category")
class BooksInCategoryTest {

    private static final RequestBudget ONE_INDEX_QUERY =
            RequestBudget.exactly(1, query(BooksFixture.TABLE).onIndex(BooksFixture.INDEX))
                    .orElseAdvise("Category is not part of the table's key: only a Query on CategoryIndex finds a"
                            + " category's books without reading every book of the table.");

    @ParameterizedTest(name = "returns every book in \"{0}\", in one Query on CategoryIndex")
    @ValueSource(strings = {"Children", "Suspense", "Science Fiction"})
    void returnsEveryBookInCategory(String category, TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withCategoryIndexAndBooks(dynamo, BooksFixture.sampleBooks());

        var found = books.catalog().booksInCategory(category);

        Elements.returnedBy("booksInCategory(\"" + category + "\")", "book", found)
                .because("Every book in the category, in any order.")
                .showingRequestsOf(dynamo)
                .inAnyOrder(BooksFixture.sampleBooksIn(category));
        ONE_INDEX_QUERY.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns every book of a category that fills more than one 1 MB page of the index, reading each once")
    void returnsBooksBeyondFirstPage(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withLargeCatalog(dynamo);
        String category = BooksFixture.LARGE_CATEGORY;
        List<Book> expected = BooksFixture.largeCatalogBooks().stream()
                .filter(book -> book.getCategory().equals(category)).toList();
        ReadCost cost = books.costOfCategory(category, "the " + expected.size() + " books of the category");

        var found = books.catalog().booksInCategory(category);

        Elements.returnedBy("booksInCategory(\"" + category + "\"), a category with more than 1 MB of books", "book",
                        found)
                .because("A Query returns at most 1 MB, with a LastEvaluatedKey where it stopped: send it back as"
                        + " ExclusiveStartKey until none comes (a paginator, or the Enhanced Client's pages, do"
                        + " that).")
                .showingRequestsOf(dynamo)
                .inAnyOrder(expected);
        RequestBudget.reading(query(BooksFixture.TABLE).onIndex(BooksFixture.INDEX), cost)
                .orElseAdvise("Only a Query on CategoryIndex reads just the category's books, a 1 MB page a"
                        + " request; a Scan, with a filter or without, reads every book of the table.")
                .assertMetBy(dynamo.requests());
    }

    @ParameterizedTest(name = "returns an empty list for the category \"{0}\" that has no books")
    @ValueSource(strings = {"Cookery"})
    void returnsNothingForEmptyCategory(String category, TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withCategoryIndexAndBooks(dynamo, BooksFixture.sampleBooks());

        var found = books.catalog().booksInCategory(category);

        Elements.returnedBy("booksInCategory(\"" + category + "\")", "book", found).showingRequestsOf(dynamo).isEmpty();
        ONE_INDEX_QUERY.assertMetBy(dynamo.requests());
    }
}
