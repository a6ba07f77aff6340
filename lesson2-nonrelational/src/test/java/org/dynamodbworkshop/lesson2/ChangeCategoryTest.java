package org.dynamodbworkshop.lesson2;

import static org.dynamodbworkshop.testkit.RequestPattern.updateItem;
import static org.dynamodbworkshop.testkit.StudentCode.expectThrows;

import java.util.List;
import java.util.Map;
import org.dynamodbworkshop.testkit.Elements;
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

    private static final RequestBudget ONE_UPDATE = RequestBudget.exactly(1, updateItem(BooksFixture.TABLE))
            .orElseAdvise("UpdateItem changes one attribute in place: no need to read the book first.");

    @Test
    @DisplayName("sets the category and keeps the book's formats, in one UpdateItem")
    void setsCategoryKeepingFormats(TestDynamoDb dynamo) {
        Book hamlet = BooksFixture.sampleBook("William Shakespeare", "Hamlet");
        BooksFixture books = BooksFixture.withBooks(dynamo, List.of(hamlet));

        books.catalog().changeCategory("William Shakespeare", "Hamlet", "Tragedy");

        books.assertStoredAsBooks("changeCategory(\"William Shakespeare\", \"Hamlet\", \"Tragedy\")");
        Elements.heldBy("the table after changeCategory(\"William Shakespeare\", \"Hamlet\", \"Tragedy\")", "book",
                        books.storedBooks())
                .inOrder(List.of(new Book("William Shakespeare", "Hamlet", "Tragedy", hamlet.getFormats())));
        ONE_UPDATE.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("gives a category to a book that has none yet, in one UpdateItem")
    void setsCategoryOfBookWithoutOne(TestDynamoDb dynamo) {
        Book uncategorized = new Book("Anton Chekhov", "Notebooks", null, Map.of("Paperback", "N8TBK5CH"));
        BooksFixture books = BooksFixture.withBooks(dynamo, List.of(uncategorized));

        books.catalog().changeCategory("Anton Chekhov", "Notebooks", "Drama");

        Elements.heldBy("the table after changeCategory(\"Anton Chekhov\", \"Notebooks\", \"Drama\") of a book without"
                        + " a category", "book", books.storedBooks())
                .because("The book exists, with its key and formats; only its category is missing. The condition is"
                        + " about the book, so it names an attribute every book has: a key attribute.")
                .showingRequestsOf(dynamo)
                .inOrder(List.of(new Book("Anton Chekhov", "Notebooks", "Drama", uncategorized.getFormats())));
        ONE_UPDATE.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("throws BookNotFoundException for a missing book and writes nothing, in one UpdateItem")
    void refusesMissingBook(TestDynamoDb dynamo) {
        Book hamlet = BooksFixture.sampleBook("William Shakespeare", "Hamlet");
        BooksFixture books = BooksFixture.withBooks(dynamo, List.of(hamlet));

        expectThrows(BookNotFoundException.class, "changeCategory of a book that does not exist", dynamo,
                () -> books.catalog().changeCategory("William Shakespeare", "Cardenio", "Lost"));

        Elements.heldBy("the table after changing a missing book", "book", books.storedBooks())
                .because("UpdateItem creates the item unless a condition stops it.")
                .inOrder(List.of(hamlet));
        RequestBudget.exactly(1, updateItem(BooksFixture.TABLE))
                .orElseAdvise("Let a condition expression (attribute_exists) check that the book exists, in the"
                        + " same request: a read before the write costs a request and can be outdated.")
                .assertMetBy(dynamo.requests());
    }
}
