package org.dynamodbworkshop.lesson2;

import static org.dynamodbworkshop.testkit.RequestPattern.query;

import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
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

    @ParameterizedTest(name = "returns an empty list for the category \"{0}\" that has no books")
    @ValueSource(strings = {"Cookery"})
    void returnsNothingForEmptyCategory(String category, TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withCategoryIndexAndBooks(dynamo, BooksFixture.sampleBooks());

        var found = books.catalog().booksInCategory(category);

        Elements.returnedBy("booksInCategory(\"" + category + "\")", "book", found).showingRequestsOf(dynamo).isEmpty();
        ONE_INDEX_QUERY.assertMetBy(dynamo.requests());
    }
}
