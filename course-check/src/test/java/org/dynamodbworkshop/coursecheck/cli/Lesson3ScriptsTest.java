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
@DisplayName("Lesson 3's scripts run the reference solution end to end against DynamoDB Local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Lesson3ScriptsTest {

    private static final String LESSON = "lesson3-gaming";
    /** An open game of the lesson's data set, on Juicy Jungle, with 35 players. */
    private static final String OPEN_GAME = "387545dc-7b4c-445c-a878-57adedbf5b20";
    /** An open game of the lesson's data set, on Green Grasslands, full (50 players), created by sanchezlaura. */
    private static final String FULL_GAME = "a4f973fb-fa59-4fa0-aa88-d852d775669b";

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
        assertThat(ok("create-table").out()).isEqualTo("Table battle-royale is ACTIVE.\n");
        assertThat(ok("load").out()).isEqualTo(
                "Loaded 835 items into battle-royale from the lesson's data set (battle-royale.jsonl).\n");

        List<String> game = ok("fetch-game-and-players", OPEN_GAME).out().lines().toList();
        assertThat(game.get(0)).startsWith("Game " + OPEN_GAME + " (map Juicy Jungle");
        assertThat(game).hasSize(37).last().isEqualTo("35 players.");

        assertThat(run("find-open-games-by-map", "Juicy Jungle").err()).isEqualTo("workshop: the index this script"
                + " queries does not exist yet: run ./workshop lesson3-gaming add-open-games-index first\n");
        assertThat(ok("add-open-games-index").out()).isEqualTo("Index OpenGamesIndex is ACTIVE.\n");
        assertThat(ok("find-open-games-by-map", "Juicy Jungle").out().lines())
                .allMatch(line -> line.startsWith("Game ") || line.endsWith("open games."))
                .last().isEqualTo("2 open games.");
        assertThat(ok("find-open-games").out().lines()).last().isEqualTo("9 open games.");

        assertThat(ok("join-game", OPEN_GAME, "rdavis78").out()).isEqualTo("rdavis78 joined game " + OPEN_GAME + ".\n");
        assertThat(ok("join-game", OPEN_GAME, "rdavis78").out()).startsWith("Refused: ");
        assertThat(ok("fetch-game-and-players", OPEN_GAME).out().lines()).last().isEqualTo("36 players.");
        assertThat(ok("start-game", OPEN_GAME, "campbellmary").out()).startsWith("Refused: ");
        assertThat(ok("start-game", FULL_GAME, "sanchezlaura").out()).startsWith("Game " + FULL_GAME + " started at ");
        assertThat(ok("find-open-games").out().lines()).last().isEqualTo("8 open games.");

        assertThat(ok("create-user", "newbie", "New Player", "new@example.com").out())
                .startsWith("Created: User newbie (New Player, new@example.com");
        assertThat(ok("get-user", "newbie").out()).startsWith("User newbie (New Player");
        assertThat(ok("get-user", "nobody").out()).isEqualTo("No user nobody.\n");

        assertThat(ok("add-inverted-index").out()).isEqualTo("Index InvertedIndex is ACTIVE.\n");
        assertThat(ok("find-games-for-user", "rdavis78").out().lines())
                .contains("rdavis78 in game " + OPEN_GAME).last().isEqualTo("5 games.");
        assertThat(run("record-place", OPEN_GAME, "rdavis78", "tin").err())
                .isEqualTo("workshop: PLACE must be gold, silver or bronze, not \"tin\"\n");

        assertThat(ok("delete-table").out()).isEqualTo("Table battle-royale is deleted.\n");
    }

    @Test
    @DisplayName("on the untouched stub, a script says which exercise is not implemented yet")
    void stub() {
        Result result = WorkshopCli.run(LESSON, "join-game", OPEN_GAME, "rdavis78", "--endpoint",
                server.endpoint().toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("workshop: exercise 3.8 is not implemented yet: see lesson3-gaming/HINTS.md,"
                + " section 3.8; or add --reference to see what the finished version prints\n");
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
