package org.dynamodbworkshop.lesson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.updateItem;
import static org.dynamodbworkshop.testkit.StudentCode.expectThrows;

import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@LessonTest
@Tag("3.11")
@DisplayName("3.11 Record a player's place")
class RecordPlaceTest {

    private static final RequestBudget ONE_UPDATE = RequestBudget.exactly(1, updateItem(BattleRoyaleFixture.TABLE))
            .orElseAdvise("One UpdateItem on the mapping, with the condition that it exists and has no place yet,"
                    + " sets the place; ReturnValuesOnConditionCheckFailure = ALL_OLD tells you which check failed.");

    private static BattleRoyaleFixture endedGame(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        Game game = fixture.startedGame("g-1", "Rocky Ridge", "mreyes", "2019-04-16T09:00:00", "2019-04-16T09:31:00");
        game.setEndTime("2019-04-16T09:58:12");
        fixture.put(game);
        return fixture;
    }

    @Test
    @DisplayName("sets the place on the player's mapping, keeping its other attributes, in one UpdateItem")
    void recordsPlace(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = endedGame(dynamo);

        fixture.service().recordPlace("g-1", "player-04", Place.GOLD);

        UserGameMapping expected = new UserGameMapping("g-1", "player-04");
        expected.setPlace("gold");
        fixture.items().assertStored("the mapping of player-04 after recordPlace",
                fixture.storedMapping("g-1", "player-04"), expected, UserGameMapping.keyAttributes("g-1", "player-04"));
        assertThat(fixture.storedMapping("g-1", "player-05")).as("another player's mapping")
                .contains(new UserGameMapping("g-1", "player-05"));
        ONE_UPDATE.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("refuses a user who did not play in the game with NotAPlayerException and writes nothing")
    void refusesNonPlayer(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = endedGame(dynamo);

        expectThrows(NotAPlayerException.class, "recordPlace for a user who did not play in the game", dynamo,
                () -> fixture.service().recordPlace("g-1", "spectator", Place.BRONZE));
        assertThat(fixture.storedItem(UserGameMapping.keyAttributes("g-1", "spectator")))
                .as("the mapping of the spectator: UpdateItem creates the item unless a condition stops it")
                .isEmpty();
        ONE_UPDATE.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("refuses a second place for the same player with PlaceAlreadyRecordedException and keeps the first")
    void refusesSecondPlace(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = endedGame(dynamo);
        UserGameMapping silver = new UserGameMapping("g-1", "player-04");
        silver.setPlace("silver");
        fixture.put(silver);

        expectThrows(PlaceAlreadyRecordedException.class, "recordPlace for a player who has a place already", dynamo,
                () -> fixture.service().recordPlace("g-1", "player-04", Place.GOLD));
        assertThat(fixture.storedMapping("g-1", "player-04")).as("the mapping of player-04 after a second place")
                .contains(silver);
        ONE_UPDATE.assertMetBy(dynamo.requests());
    }
}
