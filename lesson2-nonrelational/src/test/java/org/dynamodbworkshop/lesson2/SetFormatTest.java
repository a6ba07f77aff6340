package org.dynamodbworkshop.lesson2;

import static org.dynamodbworkshop.testkit.RequestPattern.updateItem;

import java.util.LinkedHashMap;
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
@Tag("2.7")
@DisplayName("2.7 Set one format of a book")
class SetFormatTest {

    private static final RequestBudget ONE_UPDATE = RequestBudget.exactly(1, updateItem(BooksFixture.TABLE))
            .orElseAdvise("UpdateItem changes one entry of the Formats map in place: no need to read the book first.");

    @Test
    @DisplayName("adds an Audiobook to The Rainmaker and keeps its Hardcover and Paperback, in one UpdateItem")
    void addsFormatKeepingOthers(TestDynamoDb dynamo) {
        Book rainmaker = BooksFixture.sampleBook("John Grisham", "The Rainmaker");
        BooksFixture books = BooksFixture.withBooks(dynamo, List.of(rainmaker));

        books.catalog().setFormat("John Grisham", "The Rainmaker", "Audiobook", "QH4TXR7N");

        books.assertStoredAsBooks("setFormat(\"John Grisham\", \"The Rainmaker\", \"Audiobook\", \"QH4TXR7N\")");
        books.items().assertStored("The Rainmaker after setFormat", books.storedBook("John Grisham", "The Rainmaker"),
                withFormat(rainmaker, "Audiobook", "QH4TXR7N"), BooksFixture.key("John Grisham", "The Rainmaker"));
        ONE_UPDATE.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("replaces the product code of a format the book already has, and only that one")
    void replacesExistingCode(TestDynamoDb dynamo) {
        Book firm = BooksFixture.sampleBook("John Grisham", "The Firm");
        BooksFixture books = BooksFixture.withBooks(dynamo, List.of(firm));

        books.catalog().setFormat("John Grisham", "The Firm", "Paperback", "M3XK9P2W");

        books.items().assertStored("The Firm after setFormat", books.storedBook("John Grisham", "The Firm"),
                withFormat(firm, "Paperback", "M3XK9P2W"), BooksFixture.key("John Grisham", "The Firm"));
        ONE_UPDATE.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("handles a format name with a space (\"Large Print\") and leaves the other books alone")
    void handlesAnyFormatName(TestDynamoDb dynamo) {
        List<Book> tutorialBooks = BooksFixture.tutorialBooks();
        BooksFixture books = BooksFixture.withBooks(dynamo, tutorialBooks);
        Book hamlet = BooksFixture.sampleBook("William Shakespeare", "Hamlet");

        books.catalog().setFormat("William Shakespeare", "Hamlet", "Large Print", "L8PR1NTH");

        Elements.heldBy("the table after setFormat(Hamlet, \"Large Print\")", "book", books.storedBooks())
                .because("An expression attribute name (#format) lets any format name, spaces included, be part of"
                        + " the path Formats.#format.")
                .inOrder(tutorialBooks.stream()
                        .map(book -> book.equals(hamlet) ? withFormat(hamlet, "Large Print", "L8PR1NTH") : book)
                        .sorted(BooksFixture.KEY_ORDER)
                        .toList());
        ONE_UPDATE.assertMetBy(dynamo.requests());
    }

    private static Book withFormat(Book book, String format, String productCode) {
        Map<String, String> formats = new LinkedHashMap<>(book.getFormats());
        formats.put(format, productCode);
        return new Book(book.getAuthor(), book.getTitle(), book.getCategory(), formats);
    }
}
