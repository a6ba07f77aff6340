package org.dynamodbworkshop.coursecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.coursecheck.cli.WorkshopCli.lesson1;

import org.dynamodbworkshop.coursecheck.cli.WorkshopCli.Result;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.testkit.LocalDynamoDbServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@DisplayName("Lesson 1's scripts run the reference solution end to end against DynamoDB Local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Execution(ExecutionMode.SAME_THREAD)
class Lesson1ScriptsTest {

    private LocalDynamoDbServer server;
    private String endpoint;

    @BeforeAll
    void startDynamoDbLocal() {
        server = LocalDynamoDbServer.start(0, null, false, true);
        endpoint = server.endpoint().toString();
    }

    @AfterAll
    void stopDynamoDbLocal() {
        server.close();
    }

    @Test
    @DisplayName("the tutorial's command history, from create-table to delete-table, prints each step's result")
    void tutorialSequence() {
        assertPrints(ok("create-table", "--reference"), "Table Music is ACTIVE.\n");
        assertPrints(ok("load", "--reference"), "Loaded 9 items into Music from the lesson's data set (songs.jsonl).\n");
        assertPrints(ok("count", "--reference"), "The Music table holds 9 songs.\n");
        assertPrints(ok("put-song", "Acme Band", "Happy Day", "Songs About Life", "10", "--reference"),
                "Put: Acme Band - Happy Day (album: Songs About Life, awards: 10)\n");
        assertPrints(ok("get-song", "Acme Band", "Happy Day", "--reference"),
                "Acme Band - Happy Day (album: Songs About Life, awards: 10)\n");
        assertPrints(ok("get-song", "Acme Band", "No Such Song", "--reference"),
                "No song \"No Such Song\" by Acme Band.\n");
        assertPrints(ok("songs-by", "No One You Know", "--reference"), """
                No One You Know - Call Me Today (album: Somewhat Famous, awards: 1)
                No One You Know - Howdy (album: Somewhat Famous, awards: 2)
                No One You Know - My Dog Spot (album: Hey Now, awards: 0)
                No One You Know - Somewhere Down The Road (album: Somewhat Famous, awards: 2)
                4 songs.
                """);
        assertThat(lesson1(endpoint, "songs-by", "No One You Know", "--reference").err())
                .isEqualTo("DynamoDB: 1 request, 0.5 RCU (Query on Music).\n");
        Result quiet = lesson1(endpoint, "songs-by", "No One You Know", "--reference", "--no-capacity");
        assertThat(quiet.err()).as("what --no-capacity prints on stderr").isEmpty();
        assertThat(quiet.out()).endsWith("4 songs.\n");
        assertPrints(ok("songs-by-prefix", "No One You Know", "S", "--reference"), """
                No One You Know - Somewhere Down The Road (album: Somewhat Famous, awards: 2)
                1 song.
                """);
        assertPrints(ok("update-album", "Acme Band", "Happy Day", "Updated Album Title", "--reference"),
                "\"Happy Day\" by Acme Band is now on the album Updated Album Title.\n");
        assertPrints(ok("update-album", "Acme Band", "No Such Song", "X", "--reference"),
                "No song \"No Such Song\" by Acme Band in the table: nothing was written.\n");

        Result beforeIndex = lesson1(endpoint, "songs-on-album", "Somewhat Famous", "--reference");
        assertThat(beforeIndex.exitCode()).as(beforeIndex.toString()).isEqualTo(2);
        assertThat(beforeIndex.err()).isEqualTo("workshop: the index this script queries does not exist yet: run"
                + " ./workshop lesson1-basic-table add-album-index first\n");

        assertPrints(ok("add-album-index", "--reference"), "Index AlbumTitle-index is ACTIVE.\n");
        Result onAlbum = ok("songs-on-album", "Somewhat Famous", "--reference");
        assertThat(onAlbum.out().lines().toList()).containsExactlyInAnyOrder(
                "No One You Know - Call Me Today (album: Somewhat Famous, awards: 1)",
                "No One You Know - Howdy (album: Somewhat Famous, awards: 2)",
                "No One You Know - Somewhere Down The Road (album: Somewhat Famous, awards: 2)",
                "3 songs.");
        assertPrints(ok("delete-song", "Acme Band", "Happy Day", "--reference"),
                "Deleted \"Happy Day\" by Acme Band (if it was there).\n");
        assertPrints(ok("count", "--reference"), "The Music table holds 9 songs.\n");
        assertPrints(ok("delete-table", "--reference"), "Table Music is deleted.\n");

        Result afterDelete = lesson1(endpoint, "count", "--reference");
        assertThat(afterDelete.exitCode()).isEqualTo(2);
        assertThat(afterDelete.err()).isEqualTo("workshop: table Music does not exist at " + endpoint
                + ": run ./workshop lesson1-basic-table create-table first\n");
        assertPrints(ok("reset", "--reference"), "No table Music to delete.\n");
    }

    @Test
    @DisplayName("reset deletes the lesson's table, and create-table on an existing table says how to start again")
    void resetAndExistingTable() {
        ok("create-table", "--reference");
        Result again = lesson1(endpoint, "create-table", "--reference");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).startsWith("workshop: DynamoDB says the table is in use or exists already")
                .endsWith("to start again from nothing, run ./workshop lesson1-basic-table reset\n");

        assertPrints(ok("reset", "--reference"), "Deleted table Music.\n");
    }

    @Test
    @DisplayName("bad arguments, an unknown script or lesson get one line and exit code 2")
    void badInput() {
        assertOneLine(lesson1(endpoint, "put-song", "Acme Band", "--reference"),
                "workshop: Missing required parameters: 'TITLE', 'ALBUM' (usage: ./workshop lesson1-basic-table"
                        + " put-song ARTIST TITLE ALBUM [AWARDS])");
        assertOneLine(lesson1(endpoint, "put-song", "A", "B", "C", "many", "--reference"),
                "workshop: AWARDS must be a whole number, not \"many\"");
        assertOneLine(lesson1(endpoint, "play-song", "--reference"),
                "workshop: lesson1-basic-table has no script play-song; its scripts are: create-table, load, put-song,"
                        + " get-song, songs-by, songs-by-prefix, update-album, add-album-index, songs-on-album, count,"
                        + " delete-song, delete-table, reset (./workshop lesson1-basic-table --help describes them)");
        assertOneLine(WorkshopCli.run("lesson", "lesson9-nothing", "count"),
                "workshop: there is no lesson lesson9-nothing; the lessons are: " + String.join(", ",
                        Course.at(WorkshopCli.courseRoot(), WorkshopCli.buildDirName())
                                .lessons().stream().map(Lesson::id).toList()));
        assertOneLine(WorkshopCli.run("lesson7", "foo"),
                "workshop: there is no command or lesson lesson7; the lessons are: " + String.join(", ",
                        Course.at(WorkshopCli.courseRoot(), WorkshopCli.buildDirName())
                                .lessons().stream().map(Lesson::id).toList()) + " (see ./workshop --help)");
        Result byPrimaryName = WorkshopCli.run("lesson", WorkshopCli.LESSON1, "count", "--reference", "--endpoint",
                "http://localhost:1");
        assertThat(byPrimaryName.err()).startsWith("workshop: nothing answers at http://localhost:1");
        Result lessons = WorkshopCli.run("lesson");
        assertThat(lessons.exitCode()).isZero();
        assertThat(lessons.out()).contains("The lessons: " + WorkshopCli.LESSON1);
        Result unknownTopLevel = WorkshopCli.run("lesson9-nothing", "count");
        assertThat(unknownTopLevel.exitCode()).isEqualTo(2);
        assertThat(WorkshopCli.run(WorkshopCli.LESSON1, "count", "--endpoint", "not a url").err())
                .isEqualTo("workshop: the endpoint \"not a url\" is not a URL such as http://localhost:8000\n");
        assertOneLine(lesson1(endpoint, "count", "--aws", "--reference"), "workshop: choose one of --endpoint and --aws");
    }

    @Test
    @DisplayName("an endpoint where nothing answers gets one line: start ./workshop local")
    void unreachableEndpoint() {
        Result result = WorkshopCli.run(WorkshopCli.LESSON1, "count", "--reference", "--endpoint", "http://localhost:1");
        assertOneLine(result, "workshop: nothing answers at http://localhost:1: start DynamoDB Local with ./workshop"
                + " local (in another terminal), or choose an endpoint with --endpoint URL");
    }

    @Test
    @DisplayName("the lesson's help lists its scripts in the tutorial's order, with their exercises")
    void lessonHelp() {
        Result help = WorkshopCli.run(WorkshopCli.LESSON1, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: ./workshop lesson1-basic-table <script> [args] [options]")
                .containsSubsequence("create-table", "load [--file FILE]", "put-song ARTIST TITLE ALBUM [AWARDS]",
                        "get-song ARTIST TITLE", "1.3", "count", "delete-table", "reset")
                .contains("./workshop local");

        Result scriptHelp = WorkshopCli.run(WorkshopCli.LESSON1, "get-song", "--help");
        assertThat(scriptHelp.exitCode()).isZero();
        assertThat(scriptHelp.out()).contains("Usage: ./workshop lesson1-basic-table get-song")
                .contains("ARTIST").contains("--reference").contains("(exercise 1.3)");

        Result topLevel = WorkshopCli.run("--help");
        assertThat(topLevel.out()).contains("local").contains(WorkshopCli.LESSON1);
    }

    private Result ok(String... args) {
        Result result = lesson1(endpoint, args);
        assertThat(result.exitCode()).as(String.join(" ", args) + "\n" + result).isZero();
        assertThat(result.err()).as(String.join(" ", args) + "\n" + result).matches(WorkshopCli.CAPACITY_LINE);
        return result;
    }

    private static void assertPrints(Result result, String expected) {
        assertThat(result.out()).isEqualTo(expected);
    }

    private static void assertOneLine(Result result, String line) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).as(result.toString()).isEqualTo(line + "\n");
        assertThat(result.out()).isEmpty();
    }
}
