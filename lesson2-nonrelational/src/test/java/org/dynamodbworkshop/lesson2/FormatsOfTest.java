package org.dynamodbworkshop.lesson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.getItem;

import java.util.List;
import java.util.Map;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

@LessonTest
@Tag("2.9")
@DisplayName("2.9 Read only a book's formats")
class FormatsOfTest {

    private static final RequestBudget ONE_GET = RequestBudget.exactly(1, getItem(BooksFixture.TABLE))
            .orElseAdvise("With the whole key (author and title) one GetItem reads exactly the book.");

    @Test
    @DisplayName("returns the formats of the book, in one GetItem")
    void returnsFormats(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, BooksFixture.tutorialBooks());

        var formats = books.catalog().formatsOf("James Patterson", "Along Came a Spider");

        books.items().assertReturned("formatsOf(\"James Patterson\", \"Along Came a Spider\")", formats,
                BooksFixture.sampleBook("James Patterson", "Along Came a Spider").getFormats(),
                BooksFixture.key("James Patterson", "Along Came a Spider"));
        ONE_GET.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("finds one book's formats among the hundreds of a catalog larger than a 1 MB page, in one GetItem")
    void findsFormatsInLargeCatalog(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withLargeCatalog(dynamo);
        Book wanted = BooksFixture.largeCatalogBooks().get(BooksFixture.largeCatalogBooks().size() - 20);

        var formats = books.catalog().formatsOf(wanted.getAuthor(), wanted.getTitle());

        books.items().assertReturned("formatsOf(\"" + wanted.getAuthor() + "\", \"" + wanted.getTitle() + "\")",
                formats, wanted.getFormats(), BooksFixture.key(wanted.getAuthor(), wanted.getTitle()));
        ONE_GET.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("asks DynamoDB for the Formats attribute only, with a projection expression")
    void readsOnlyFormats(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, BooksFixture.tutorialBooks());

        books.catalog().formatsOf("Dr. Seuss", "Green Eggs and Ham");

        ONE_GET.assertMetBy(dynamo.requests());
        var item = ((GetItemResponse) dynamo.requests().requests().get(0).response()).item();
        assertThat(item.keySet())
                .as("the attributes of the book that DynamoDB sent back: a projection expression (\"#formats\") makes"
                        + " it send only the attributes you name, here not the Category")
                .contains(Book.FORMATS)
                .isSubsetOf(List.of(Book.AUTHOR, Book.TITLE, Book.FORMATS));
    }

    @Test
    @DisplayName("returns no formats, rather than no book, for a book without a Formats attribute or with an empty one")
    void returnsNoFormatsForBookWithoutFormats(TestDynamoDb dynamo) {
        Book unpublished = new Book("Dr. Seuss", "The Unwritten Sequel", "Children", null);
        Book outOfPrint = new Book("Dr. Seuss", "Out of Print", "Children", Map.of());
        BooksFixture books = BooksFixture.withBooks(dynamo, List.of(unpublished, outOfPrint));

        var withoutAttribute = books.catalog().formatsOf("Dr. Seuss", "The Unwritten Sequel");

        books.items()
                .because("The book is in the table without a Formats attribute. DynamoDB then sends back an empty item"
                        + " (hasItem() is true): a book without formats, which is not the same as no book.")
                .assertReturned("formatsOf(\"Dr. Seuss\", \"The Unwritten Sequel\")", withoutAttribute, Map.of(),
                        BooksFixture.key("Dr. Seuss", "The Unwritten Sequel"));

        var withEmptyMap = books.catalog().formatsOf("Dr. Seuss", "Out of Print");

        books.items()
                .because("The book is in the table with Formats = {}, an empty map: it has no formats.")
                .assertReturned("formatsOf(\"Dr. Seuss\", \"Out of Print\")", withEmptyMap, Map.of(),
                        BooksFixture.key("Dr. Seuss", "Out of Print"));
        RequestBudget.exactly(2, getItem(BooksFixture.TABLE))
                .orElseAdvise("With the whole key (author and title) one GetItem reads exactly the book.")
                .assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns nothing for a book that is not in the table")
    void returnsNothingForMissingBook(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, BooksFixture.tutorialBooks());

        var formats = books.catalog().formatsOf("Dr. Seuss", "Hamlet");

        assertThat(formats).as("formatsOf(\"Dr. Seuss\", \"Hamlet\")").isEmpty();
        ONE_GET.assertMetBy(dynamo.requests());
    }
}
