package org.dynamodbworkshop.lesson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.getItem;

import java.util.List;
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
    @DisplayName("returns nothing for a book that is not in the table")
    void returnsNothingForMissingBook(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, BooksFixture.tutorialBooks());

        var formats = books.catalog().formatsOf("Dr. Seuss", "Hamlet");

        assertThat(formats).as("formatsOf(\"Dr. Seuss\", \"Hamlet\")").isEmpty();
        ONE_GET.assertMetBy(dynamo.requests());
    }
}
