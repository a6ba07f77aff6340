package org.dynamodbworkshop.lesson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.putItem;
import static org.dynamodbworkshop.testkit.StudentCode.expectThrows;

import java.util.List;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@LessonTest
@Tag("3.4")
@DisplayName("3.4 Create a game")
class CreateGameTest {

    private static final RequestBudget ONE_PUT = RequestBudget.exactly(1, putItem(BattleRoyaleFixture.TABLE))
            .orElseAdvise("One PutItem with a condition expression (attribute_not_exists) both checks that the game"
                    + " id is free and writes the game.");

    @Test
    @DisplayName("stores a new open game, which then shows in OpenGamesIndex, in one PutItem")
    void storesNewOpenGame(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        fixture.openGame("g-old", "Juicy Jungle", "lchen", "2019-04-16T09:00:00", 7);
        Game game = Game.open("g-new", "Juicy Jungle", "hwalker", "2019-04-16T10:12:54");

        fixture.service().createGame(game);

        fixture.items().assertStored("the game g-new after createGame", fixture.storedGame("g-new"), game,
                Game.keyAttributes("g-new"));
        assertThat(fixture.storedGame("g-old").orElseThrow().getPeople()).as("the people of another game")
                .isEqualTo(7);
        if (dynamo.isEmbeddedLocal()) { // elsewhere, an index may show a new item a moment later
            Elements.heldBy("OpenGamesIndex after createGame", "game id",
                    fixture.gamesInOpenGamesIndex().stream().map(Game::getGameId).toList())
                    .inOrder(List.of("g-old", "g-new"));
        }
        ONE_PUT.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("refuses a taken game id with GameAlreadyExistsException and keeps the existing game")
    void refusesTakenGameId(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        Game existing = fixture.openGame("g-1", "Dirty Desert", "tkowalski", "2019-04-16T10:20:09", 12);

        Game sameId = Game.open("g-1", "Frozen Fjord", "hwalker", "2019-04-16T11:00:00");

        expectThrows(GameAlreadyExistsException.class, "createGame of g-1, a game id that is taken", dynamo,
                () -> fixture.service().createGame(sameId));

        assertThat(fixture.storedGame("g-1"))
                .as("the game g-1 after a second createGame: PutItem replaces an item unless a condition stops it")
                .contains(existing);
        ONE_PUT.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("refuses the id of a game that has started, which has no open_timestamp, and keeps that game")
    void refusesIdOfStartedGame(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        Game started = fixture.startedGame("g-1", "Dirty Desert", "tkowalski", "2019-04-16T10:20:09",
                "2019-04-16T10:51:30");
        Game sameId = Game.open("g-1", "Frozen Fjord", "hwalker", "2019-04-16T11:00:00");

        expectThrows(GameAlreadyExistsException.class, "createGame of g-1, the id of a game that has started",
                dynamo, () -> fixture.service().createGame(sameId));

        assertThat(fixture.storedGame("g-1"))
                .as("the started game g-1 after createGame: a condition on an attribute the game lacks holds, and"
                        + " lets PutItem replace it; only the key attributes are on every item")
                .contains(started);
        ONE_PUT.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("stores people as a number, and no attribute for what a new game does not have yet")
    void storesAttributeTypes(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);

        fixture.service().createGame(Game.open("g-new", "Rocky Ridge", "hwalker", "2019-04-16T10:12:54"));

        Elements.heldBy("the game g-new as stored, with the type of each attribute", "attribute",
                        fixture.storedAttributeTypes(Game.keyAttributes("g-new")))
                .because("people is a number (N), which a join adds 1 to and compares with 50; start_time, end_time"
                        + " and the winners are left out until the game has them, not stored as NULL (NUL).")
                .inAnyOrder(List.of("PK: S", "SK: S", "create_time: S", "creator: S", "game_id: S", "map: S",
                        "open_timestamp: S", "people: N"));
        ONE_PUT.assertMetBy(dynamo.requests());
    }
}
