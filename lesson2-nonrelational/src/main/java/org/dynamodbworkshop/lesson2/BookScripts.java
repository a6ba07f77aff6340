package org.dynamodbworkshop.lesson2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dynamodbworkshop.common.Polling;
import org.dynamodbworkshop.common.scripts.DataSet;
import org.dynamodbworkshop.common.scripts.LessonScripts;
import org.dynamodbworkshop.common.scripts.Script;
import org.dynamodbworkshop.common.scripts.ScriptArgumentException;
import org.dynamodbworkshop.common.scripts.ScriptContext;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The tutorial's scripts for the Books table, run with your {@link BookCatalog}:
 * {@code ./workshop lesson2-nonrelational <script> [args]}. Given code: each script calls one of your methods and
 * prints what it returns, one book per line. The command line adds {@code load} (the given loader) and
 * {@code reset}; {@code add-books} writes the same books with your own batch writes.
 */
public final class BookScripts implements LessonScripts {

    private static final int DEFAULT_PAGE_SIZE = 5;

    @Override
    public DataSet dataSet() {
        return new DataSet(BooksTable.NAME, BooksTable.class, "books.jsonl");
    }

    @Override
    public List<Script> scripts() {
        return List.of(
                Script.named("create-table").exercise("2.1")
                        .does("Creates the Books table and waits until it is ACTIVE")
                        .run(context -> {
                            catalog(context).createTable(Polling.STANDARD);
                            context.out().println("Table " + BooksTable.NAME + " is ACTIVE.");
                        }),
                Script.named("add-books").exercise("2.2")
                        .does("Writes the lesson's 60 books (or a file's) with your batch writes")
                        .optionalParam("FILE", "a file of books, one JSON object per line")
                        .run(context -> {
                            List<Book> books = context.optionalArg("FILE").map(BookScripts::readBooks)
                                    .orElseGet(BooksTable::sampleBooks);
                            catalog(context).addBooks(books);
                            context.out().println("Added " + count(books.size(), "book") + " to " + BooksTable.NAME
                                    + ".");
                        }),
                Script.named("get-book").exercise("2.3")
                        .does("Gets one book by its full key")
                        .param("AUTHOR", "the author")
                        .param("TITLE", "the title")
                        .run(context -> catalog(context).getBook(context.arg("AUTHOR"), context.arg("TITLE"))
                                .ifPresentOrElse(context.out()::println, () -> context.out().println(
                                        "No book \"" + context.arg("TITLE") + "\" by " + context.arg("AUTHOR") + "."))),
                Script.named("books-by").exercise("2.4")
                        .does("Lists the books of an author, by title")
                        .param("AUTHOR", "the author")
                        .run(context -> print(context, catalog(context).booksBy(context.arg("AUTHOR")))),
                Script.named("add-category-index").exercise("2.5")
                        .does("Adds the CategoryIndex to the live table and waits until it is ACTIVE")
                        .run(context -> {
                            catalog(context).addCategoryIndex(Polling.STANDARD);
                            context.out().println("Index " + BooksTable.CATEGORY_INDEX + " is ACTIVE.");
                        }),
                Script.named("books-in-category").exercise("2.6")
                        .does("Lists the books in a category, through the CategoryIndex")
                        .param("CATEGORY", "the category, such as Suspense")
                        .readsIndexAddedBy("add-category-index")
                        .run(context -> print(context, catalog(context).booksInCategory(context.arg("CATEGORY")))),
                Script.named("update-format").exercise("2.7")
                        .does("Sets the product code of one format of a book, keeping its other formats")
                        .param("AUTHOR", "the author")
                        .param("TITLE", "the title")
                        .param("FORMAT", "the format, such as Hardcover or Audiobook")
                        .param("PRODUCT_CODE", "the format's product code")
                        .run(context -> refusable(context, () -> {
                            catalog(context).setFormat(context.arg("AUTHOR"), context.arg("TITLE"),
                                    context.arg("FORMAT"), context.arg("PRODUCT_CODE"));
                            context.out().println("\"" + context.arg("TITLE") + "\" by " + context.arg("AUTHOR")
                                    + " now has " + context.arg("FORMAT") + " " + context.arg("PRODUCT_CODE") + ".");
                        })),
                Script.named("change-category").exercise("2.8")
                        .does("Moves an existing book to another category")
                        .param("AUTHOR", "the author")
                        .param("TITLE", "the title")
                        .param("CATEGORY", "the new category")
                        .run(context -> refusable(context, () -> {
                            catalog(context).changeCategory(context.arg("AUTHOR"), context.arg("TITLE"),
                                    context.arg("CATEGORY"));
                            context.out().println("\"" + context.arg("TITLE") + "\" by " + context.arg("AUTHOR")
                                    + " is now in " + context.arg("CATEGORY") + ".");
                        })),
                Script.named("formats-of").exercise("2.9")
                        .does("Reads only the formats of a book")
                        .param("AUTHOR", "the author")
                        .param("TITLE", "the title")
                        .run(context -> catalog(context).formatsOf(context.arg("AUTHOR"), context.arg("TITLE"))
                                .ifPresentOrElse(formats -> {
                                    if (formats.isEmpty()) {
                                        context.out().println("\"" + context.arg("TITLE") + "\" by "
                                                + context.arg("AUTHOR") + " has no formats.");
                                    }
                                    formats.forEach((format, code) -> context.out().println(format + ": " + code));
                                }, () -> context.out().println("No book \"" + context.arg("TITLE") + "\" by "
                                        + context.arg("AUTHOR") + "."))),
                Script.named("books-in-category-by-page").exercise("2.10")
                        .does("Lists the books in a category page by page, through the CategoryIndex")
                        .param("CATEGORY", "the category")
                        .optionalParam("PAGE_SIZE", "books per page (default " + DEFAULT_PAGE_SIZE + ")")
                        .readsIndexAddedBy("add-category-index")
                        .run(BookScripts::printPages),
                Script.named("delete-table").exercise("2.11")
                        .does("Deletes the Books table and waits until it is gone")
                        .deletesData()
                        .run(context -> {
                            catalog(context).deleteTable(Polling.STANDARD);
                            context.out().println("Table " + BooksTable.NAME + " is deleted.");
                        }));
    }

    private static BookCatalog catalog(ScriptContext context) {
        return new BookCatalog(context.dynamoDb(), context.enhancedClient(), BooksTable.NAME,
                BooksTable.CATEGORY_INDEX);
    }

    private static void printPages(ScriptContext context) {
        int pageSize = context.optionalIntArg("PAGE_SIZE").orElse(DEFAULT_PAGE_SIZE);
        if (pageSize < 1) {
            throw new ScriptArgumentException("PAGE_SIZE must be 1 or more, not " + pageSize);
        }
        Map<String, AttributeValue> startKey = null;
        int pages = 0;
        int books = 0;
        do {
            BookPage page = catalog(context).booksInCategoryPage(context.arg("CATEGORY"), pageSize, startKey);
            pages++;
            books += page.books().size();
            context.out().println("Page " + pages + ":");
            page.books().forEach(book -> context.out().println("  " + book));
            startKey = page.hasNextPage() ? page.nextPageKey() : null;
        } while (startKey != null);
        context.out().println(count(books, "book") + " on " + count(pages, "page").replace(".", "") + ".");
    }

    private static void print(ScriptContext context, List<Book> books) {
        books.forEach(context.out()::println);
        context.out().println(count(books.size(), "book") + ".");
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** Runs a step whose "no such book" is an answer to print. */
    private static void refusable(ScriptContext context, Runnable step) {
        try {
            step.run();
        } catch (BookNotFoundException e) {
            context.out().println(e.getMessage() + ": nothing was written.");
        }
    }

    private static List<Book> readBooks(String file) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new ScriptArgumentException("no such file: " + file);
        }
        try (InputStream input = Files.newInputStream(path)) {
            return BooksTable.readBooks(input);
        } catch (IOException e) {
            throw new ScriptArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
