package org.dynamodbworkshop.coursecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dynamodbworkshop.coursecheck.cli.WorkshopCli.Result;
import org.dynamodbworkshop.testkit.LocalDynamoDbServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated
@DisplayName("Lesson 2's scripts run the reference solution end to end against DynamoDB Local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Lesson2ScriptsTest {

    private static final String LESSON = "lesson2-nonrelational";

    private LocalDynamoDbServer server;

    @BeforeAll
    void startDynamoDbLocal() {
        server = LocalDynamoDbServer.start(0, null, false, true);
    }

    @AfterAll
    void stopDynamoDbLocal() {
        server.close();
    }

    @Test
    @DisplayName("the tutorial's scripts, from create-table to delete-table, print each step's result")
    void tutorialSequence() {
        assertThat(ok("create-table").out()).isEqualTo("Table Books is ACTIVE.\n");
        assertThat(ok("add-books").out()).isEqualTo("Added 60 books to Books.\n");
        assertThat(ok("load").out()).isEqualTo("Loaded 60 items into Books from the lesson's data set (books.jsonl).\n");
        assertThat(ok("get-book", "John Grisham", "The Firm").out()).isEqualTo("John Grisham - The Firm (Suspense,"
                + " formats: {Hardcover=V5VMENUS, Paperback=F7TXBJMD, Audiobook=N6GC9N24})\n");
        assertThat(ok("books-by", "John Grisham").out().lines()).last().isEqualTo("6 books.");

        assertThat(run("books-in-category", "Drama").err()).isEqualTo("workshop: the index this script queries does"
                + " not exist yet: run ./workshop lesson2-nonrelational add-category-index first\n");
        assertThat(ok("add-category-index").out()).isEqualTo("Index CategoryIndex is ACTIVE.\n");
        assertThat(ok("books-in-category", "Drama").out().lines()).last().isEqualTo("15 books.");

        assertThat(ok("update-format", "John Grisham", "The Firm", "Ebook", "XYZ").out())
                .isEqualTo("\"The Firm\" by John Grisham now has Ebook XYZ.\n");
        assertThat(ok("formats-of", "John Grisham", "The Firm").out().lines())
                .containsExactlyInAnyOrder("Hardcover: V5VMENUS", "Paperback: F7TXBJMD", "Audiobook: N6GC9N24",
                        "Ebook: XYZ");
        assertThat(ok("change-category", "John Grisham", "The Firm", "Drama").out())
                .isEqualTo("\"The Firm\" by John Grisham is now in Drama.\n");
        assertThat(ok("change-category", "Nobody", "Nothing", "Drama").out()).endsWith(": nothing was written.\n");

        List<String> pages = ok("books-in-category-by-page", "Suspense", "4").out().lines().toList();
        assertThat(pages).contains("Page 1:", "Page 4:").last().isEqualTo("15 books on 4 pages.");

        assertThat(ok("delete-table").out()).isEqualTo("Table Books is deleted.\n");
    }

    private Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(LESSON));
        all.addAll(List.of(args));
        all.addAll(List.of("--reference", "--endpoint", server.endpoint().toString()));
        return WorkshopCli.run(all.toArray(String[]::new));
    }

    private Result ok(String... args) {
        Result result = run(args);
        assertThat(result.exitCode()).as(String.join(" ", args) + "\n" + result).isZero();
        assertThat(result.err()).as(String.join(" ", args) + "\n" + result).matches(WorkshopCli.CAPACITY_LINE);
        return result;
    }
}
