package org.dynamodbworkshop.lesson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.dynamodbworkshop.testkit.RequestPattern.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RecordedRequest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

@LessonTest
@Tag("2.10")
@DisplayName("2.10 Books in a category, page by page")
class BooksInCategoryPageTest {

    @ParameterizedTest(name = "reading \"{0}\" in pages of {1} gives each of its books once, one Query per page")
    @CsvSource({"Suspense, 5", "Drama, 5", "Children, 4", "Science Fiction, 16"})
    void readsEveryBookOnce(String category, int pageSize, TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withCategoryIndexAndBooks(dynamo, BooksFixture.sampleBooks());
        BookCatalog catalog = books.catalog();
        List<Book> expected = BooksFixture.sampleBooksIn(category);

        List<BookPage> pages = readAllPages(catalog, category, pageSize, expected.size());

        List<Book> read = pages.stream().flatMap(page -> page.books().stream()).toList();
        String call = "the " + pages.size() + " pages of booksInCategoryPage(\"" + category + "\", " + pageSize
                + ", …)";
        Elements.returnedBy(call, "book", read)
                .because("Each page starts after the previous page's nextPageKey(), its LastEvaluatedKey.")
                .showingRequestsOf(dynamo)
                .inAnyOrder(expected);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i).books().size()).as("the books on page %d of \"%s\", with a page size of %d",
                    i + 1, category, pageSize).isLessThanOrEqualTo(pageSize);
        }
        RequestBudget.exactly(pages.size(), query(BooksFixture.TABLE).onIndex(BooksFixture.INDEX))
                .orElseAdvise("One page is one Query on CategoryIndex, with Limit = pageSize and ExclusiveStartKey ="
                        + " the start key.")
                .assertMetBy(dynamo.requests());
        List<RecordedRequest> queries = dynamo.requests().requests();
        for (int i = 0; i < queries.size(); i++) {
            assertThat(queries.get(i).requestAs(QueryRequest.class).limit())
                    .as("the Limit of Query %d of %d: DynamoDB reads at most Limit items, so a page costs only what it"
                            + " shows", i + 1, queries.size())
                    .isEqualTo(Integer.valueOf(pageSize));
        }
    }

    @Test
    @DisplayName("the first page of a category larger than a page says where the next page starts")
    void firstPageHasNextPageKey(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withCategoryIndexAndBooks(dynamo, BooksFixture.sampleBooks());

        BookPage first = books.catalog().booksInCategoryPage("Children", 5, null);

        Elements.returnedBy("the first page of \"Children\" (13 books) with a page size of 5", "book", first.books())
                .showingRequestsOf(dynamo)
                .hasSize(5);
        assertThat(first.hasNextPage())
                .as("whether the first page has a nextPageKey: DynamoDB's LastEvaluatedKey says where to go on")
                .isTrue();
    }

    @Test
    @DisplayName("a category smaller than a page fits on one page that has no next page")
    void smallCategoryFitsOnOnePage(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withCategoryIndexAndBooks(dynamo, BooksFixture.tutorialBooks());

        BookPage only = books.catalog().booksInCategoryPage("Suspense", 10, null);

        Elements.returnedBy("the first page of \"Suspense\" (3 books) with a page size of 10", "book", only.books())
                .showingRequestsOf(dynamo)
                .inAnyOrder(BooksFixture.tutorialBooks().stream()
                        .filter(book -> book.getCategory().equals("Suspense")).toList());
        assertThat(only.hasNextPage())
                .as("whether a page that holds the whole category has a nextPageKey: DynamoDB sends no"
                        + " LastEvaluatedKey when it read everything")
                .isFalse();
    }

    /** Reads pages until one has no next page, or fails once there are more pages than the books could fill. */
    private static List<BookPage> readAllPages(BookCatalog catalog, String category, int pageSize, int bookCount) {
        int mostPages = bookCount / pageSize + 1;
        List<BookPage> pages = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            if (pages.size() == mostPages) {
                fail("Read %d pages of %d books of \"%s\" and the pages have not ended: %d books fit on %d pages.%n"
                        + "  Does each page start after the start key (ExclusiveStartKey)?",
                        pages.size(), pageSize, category, bookCount, mostPages);
            }
            BookPage page = catalog.booksInCategoryPage(category, pageSize, startKey);
            pages.add(page);
            startKey = page.nextPageKey();
        } while (startKey != null);
        return pages;
    }
}
