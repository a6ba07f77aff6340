package org.dynamodbworkshop.lesson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.updateItem;
import static org.dynamodbworkshop.testkit.StudentCode.catchThrowable;

import java.util.List;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@LessonTest
@Tag("2.8")
@DisplayName("2.8 Move a book to another category")
class ChangeCategoryTest {

    @Test
    @DisplayName("sets the category and keeps the book's formats, in one UpdateItem")
    void setsCategoryKeepingFormats(TestDynamoDb dynamo) {
        Book hamlet = BooksFixture.sampleBook("William Shakespeare", "Hamlet");
        BooksFixture books = BooksFixture.withBooks(dynamo, List.of(hamlet));

        books.catalog().changeCategory("William Shakespeare", "Hamlet", "Tragedy");

        assertThat(books.storedBooks()).as("Hamlet after changeCategory(..., \"Tragedy\")")
                .containsExactly(new Book("William Shakespeare", "Hamlet", "Tragedy", hamlet.getFormats()));
        RequestBudget.exactly(1, updateItem(BooksFixture.TABLE))
                .orElseAdvise("UpdateItem changes one attribute in place: no need to read the book first.")
                .assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("throws BookNotFoundException for a missing book and writes nothing, in one UpdateItem")
    void refusesMissingBook(TestDynamoDb dynamo) {
        Book hamlet = BooksFixture.sampleBook("William Shakespeare", "Hamlet");
        BooksFixture books = BooksFixture.withBooks(dynamo, List.of(hamlet));

        Throwable thrown = catchThrowable(() -> books.catalog().changeCategory("William Shakespeare", "Cardenio", "Lost"));

        assertThat(thrown).as("what changeCategory throws for a book that does not exist")
                .isInstanceOf(BookNotFoundException.class);
        assertThat(books.storedBooks())
                .as("the table after changing a missing book: UpdateItem creates the item unless a condition stops it")
                .containsExactly(hamlet);
        RequestBudget.exactly(1, updateItem(BooksFixture.TABLE))
                .orElseAdvise("Let a condition expression (attribute_exists) check that the book exists, in the"
                        + " same request: a read before the write costs a request and can be outdated.")
                .assertMetBy(dynamo.requests());
    }
}
