package org.dynamodbworkshop.lesson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.updateItem;
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
@Tag("3.9")
@DisplayName("3.9 Start a game")
class StartGameTest {

    private static final String MAP = "Dirty Desert";
    private static final String OPENED = "2019-04-16T10:20:09";
    private static final String STARTED = "2019-04-16T10:51:30";

    private static final RequestBudget ONE_UPDATE = RequestBudget.exactly(1, updateItem(BattleRoyaleFixture.TABLE))
            .orElseAdvise("Start the game with one UpdateItem whose condition checks people = 50, the creator and"
                    + " attribute_not_exists(start_time). Decide why it failed from the old item that"
                    + " ReturnValuesOnConditionCheckFailure = ALL_OLD sends along, not with a read.");

    @Test
    @DisplayName("sets start_time and removes open_timestamp, so the game leaves OpenGamesIndex, in one UpdateItem")
    void startsFullGame(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        Game game = fixture.openGame("g-1", MAP, "tkowalski", OPENED, BattleRoyaleFixture.MAX_PLAYERS);
        fixture.openGame("g-2", MAP, "hwalker", "2019-04-16T10:25:00", 12);

        fixture.service().startGame("g-1", "tkowalski", STARTED);

        game.setOpenTimestamp(null);
        game.setStartTime(STARTED);
        fixture.items()
                .because("start_time set, open_timestamp removed (REMOVE open_timestamp), nothing else changed.")
                .assertStored("the game g-1 after startGame", fixture.storedGame("g-1"), game,
                        Game.keyAttributes("g-1"));
        Elements.heldBy("the game g-1 as stored after startGame, with the type of each attribute", "attribute",
                        fixture.storedAttributeTypes(Game.keyAttributes("g-1")))
                .because("REMOVE open_timestamp takes the attribute away; one set to NULL (NUL) is still there.")
                .inAnyOrder(List.of("PK: S", "SK: S", "create_time: S", "creator: S", "game_id: S", "map: S",
                        "people: N", "start_time: S"));
        if (dynamo.isEmbeddedLocal()) { // elsewhere, an index may show a change a moment later
            Elements.heldBy("OpenGamesIndex after g-1 started", "game id",
                    fixture.gamesInOpenGamesIndex().stream().map(Game::getGameId).toList())
                    .inOrder(List.of("g-2"));
        }
        ONE_UPDATE.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("refuses a game with fewer than 50 people with GameNotFullException and changes nothing")
    void refusesGameThatIsNotFull(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        Game game = fixture.openGame("g-1", MAP, "tkowalski", OPENED, BattleRoyaleFixture.MAX_PLAYERS - 1);

        expectThrows(GameNotFullException.class, "startGame for a game of 49 people", dynamo,
                () -> fixture.service().startGame("g-1", "tkowalski", STARTED));
        assertThat(fixture.storedGame("g-1")).as("the game after a refused start").contains(game);
        ONE_UPDATE.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("refuses anyone but the game's creator with NotGameCreatorException and changes nothing")
    void refusesOtherPlayer(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        Game game = fixture.openGame("g-1", MAP, "tkowalski", OPENED, BattleRoyaleFixture.MAX_PLAYERS);

        expectThrows(NotGameCreatorException.class, "startGame by a player who did not create the game", dynamo,
                () -> fixture.service().startGame("g-1", "player-07", STARTED));
        assertThat(fixture.storedGame("g-1")).as("the game after a refused start").contains(game);
        ONE_UPDATE.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("refuses a game that has started already with GameAlreadyStartedException and changes nothing")
    void refusesStartedGame(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        Game game = fixture.startedGame("g-1", MAP, "tkowalski", OPENED, "2019-04-16T10:40:00");

        expectThrows(GameAlreadyStartedException.class, "startGame for a game that has started already", dynamo,
                () -> fixture.service().startGame("g-1", "tkowalski", STARTED));
        assertThat(fixture.storedGame("g-1")).as("the started game after a second start").contains(game);
        ONE_UPDATE.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("refuses a game that does not exist with GameNotFoundException and writes nothing")
    void refusesMissingGame(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        fixture.openGame("g-1", MAP, "tkowalski", OPENED, BattleRoyaleFixture.MAX_PLAYERS);

        expectThrows(GameNotFoundException.class, "startGame for a game that does not exist", dynamo,
                () -> fixture.service().startGame("g-404", "tkowalski", STARTED));
        assertThat(fixture.storedItem(Game.keyAttributes("g-404")))
                .as("the item of game g-404: UpdateItem creates the item unless a condition stops it")
                .isEmpty();
        ONE_UPDATE.assertMetBy(dynamo.requests());
    }
}
