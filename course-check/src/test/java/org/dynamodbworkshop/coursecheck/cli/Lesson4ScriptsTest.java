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
@DisplayName("Lesson 4's scripts run the reference solution end to end against DynamoDB Local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Lesson4ScriptsTest {

    private static final String LESSON = "lesson4-mobile";
    /** A photo of the lesson's data set, with one reaction. */
    private static final String PHOTO_TIME = "2019-10-11T00:06:55";

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
        assertThat(ok("create-table").out()).isEqualTo("Table quick-photos is ACTIVE.\n");
        assertThat(ok("load").out()).isEqualTo(
                "Loaded 960 items into quick-photos from the lesson's data set (quick-photos.jsonl).\n");

        assertThat(ok("get-user", "ameliaweber").out()).startsWith("User ameliaweber (Amelia Weber");
        assertThat(ok("fetch-user-and-photos", "ameliaweber").out().lines())
                .first().asString().startsWith("User ameliaweber");
        assertThat(ok("fetch-user-and-photos", "ameliaweber").out().lines()).last().isEqualTo("13 photos.");
        List<String> recent = ok("recent-photos", "ameliaweber", "2").out().lines().toList();
        assertThat(recent).hasSize(3).last().isEqualTo("2 photos.");
        assertThat(recent.get(0)).startsWith("Photo PHOTO#ameliaweber#2019-12-03T14:06:38");

        assertThat(run("find-following", "ameliaweber").err()).isEqualTo("workshop: the index this script queries"
                + " does not exist yet: run ./workshop lesson4-mobile add-inverted-index first\n");
        assertThat(ok("add-inverted-index").out()).isEqualTo("Index InvertedIndex is ACTIVE.\n");
        assertThat(ok("fetch-photo-and-reactions", "ameliaweber", PHOTO_TIME).out().lines())
                .last().isEqualTo("1 reaction.");
        assertThat(ok("find-following", "ameliaweber").out().lines()).last().isEqualTo("9 friendships.");
        assertThat(ok("find-and-enrich-following", "ameliaweber").out().lines()).last().isEqualTo("9 users.");
        assertThat(ok("find-followers", "ameliaweber").out().lines()).last().isEqualTo("10 friendships.");

        assertThat(ok("add-reaction", "brunoyilmaz", "heart", "ameliaweber", PHOTO_TIME).out())
                .startsWith("Added: Reaction heart by brunoyilmaz to PHOTO#ameliaweber#" + PHOTO_TIME);
        assertThat(ok("add-reaction", "brunoyilmaz", "heart", "ameliaweber", PHOTO_TIME).out()).startsWith("Refused: ");
        assertThat(ok("fetch-photo-and-reactions", "ameliaweber", PHOTO_TIME).out().lines())
                .last().isEqualTo("2 reactions.");
        assertThat(run("add-reaction", "brunoyilmaz", "wow", "ameliaweber", PHOTO_TIME).err())
                .isEqualTo("workshop: TYPE must be +1, smiley, sunglasses or heart, not \"wow\"\n");
        assertThat(ok("follow-user", "ameliaweber", "brunoyilmaz").out())
                .startsWith("Added: ameliaweber follows brunoyilmaz since ");
        assertThat(ok("find-followers", "brunoyilmaz").out()).contains("ameliaweber follows brunoyilmaz");
        assertThat(ok("follow-user", "ameliaweber", "ameliaweber").out()).startsWith("Refused: ");

        assertThat(ok("delete-table").out()).isEqualTo("Table quick-photos is deleted.\n");
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
