package org.dynamodbworkshop.lesson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.dynamodbworkshop.testkit.RequestPattern.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.ReadCost;
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
        List<Book> expected = BooksFixture.sampleBooksIn(category);

        List<BookPage> pages = readAllPages(books.catalog(), category, pageSize, expected.size() / pageSize + 1);

        assertEachBookOnce(dynamo, pages, category, pageSize, expected);
        assertFullBeforeLast(pages, category, pageSize);
    }

    @Test
    @DisplayName("reading a category of more than 1 MB in pages of 100 gives 100 books a page and each book once")
    void readsLargeCategoryInFullPages(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withLargeCatalog(dynamo);
        List<Book> expected = largeCategory();
        int pageSize = 100;

        List<BookPage> pages = readAllPages(books.catalog(), BooksFixture.LARGE_CATEGORY, pageSize,
                expected.size() / pageSize + 1);

        assertEachBookOnce(dynamo, pages, BooksFixture.LARGE_CATEGORY, pageSize, expected);
        assertFullBeforeLast(pages, BooksFixture.LARGE_CATEGORY, pageSize);
    }

    @Test
    @DisplayName("a page that DynamoDB cuts at 1 MB, short of the page size, still says where the next page starts")
    void pageCutAtOneMegabyteHasNextPageKey(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withLargeCatalog(dynamo);
        List<Book> expected = largeCategory();
        int pageSize = expected.size();
        ReadCost cost = books.costOfCategory(BooksFixture.LARGE_CATEGORY, "the category");

        List<BookPage> pages = readAllPages(books.catalog(), BooksFixture.LARGE_CATEGORY, pageSize,
                cost.pages() + 1);

        assertEachBookOnce(dynamo, pages, BooksFixture.LARGE_CATEGORY, pageSize, expected);
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

    private static List<Book> largeCategory() {
        return BooksFixture.largeCatalogBooks().stream()
                .filter(book -> book.getCategory().equals(BooksFixture.LARGE_CATEGORY)).toList();
    }

    /**
     * Checks pages read one after the other: together every book of the category once, none larger than the page
     * size, and one Query on the index with Limit = page size a page.
     */
    private static void assertEachBookOnce(TestDynamoDb dynamo, List<BookPage> pages, String category, int pageSize,
                                           List<Book> expected) {
        List<Book> read = pages.stream().flatMap(page -> page.books().stream()).toList();
        String call = "the " + pages.size() + " pages of booksInCategoryPage(\"" + category + "\", " + pageSize
                + ", …)";
        Elements.returnedBy(call, "book", read)
                .because("Each page starts after the previous page's nextPageKey(), its LastEvaluatedKey; only a"
                        + " page without one is the last, however few books it holds.")
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

    /** Where a page size of books fits in 1 MB, every page but the last holds exactly a page size of books. */
    private static void assertFullBeforeLast(List<BookPage> pages, String category, int pageSize) {
        for (int i = 0; i < pages.size() - 1; i++) {
            assertThat(pages.get(i).books().size())
                    .as("the books on page %d of %d of \"%s\", with a page size of %d: a Query with Limit reads that"
                            + " many items unless it reaches 1 MB or the end first", i + 1, pages.size(), category,
                            pageSize)
                    .isEqualTo(pageSize);
        }
    }

    /** Reads pages until one has no next page, or fails once there are more pages than the books could fill. */
    private static List<BookPage> readAllPages(BookCatalog catalog, String category, int pageSize, int mostPages) {
        List<BookPage> pages = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            if (pages.size() == mostPages) {
                fail("Read %d pages of up to %d books of \"%s\" and the pages have not ended: the books fit on %d"
                        + " pages.%n  Does each page start after the start key (ExclusiveStartKey)?",
                        pages.size(), pageSize, category, mostPages);
            }
            BookPage page = catalog.booksInCategoryPage(category, pageSize, startKey);
            pages.add(page);
            startKey = page.nextPageKey();
        } while (startKey != null);
        return pages;
    }
}
