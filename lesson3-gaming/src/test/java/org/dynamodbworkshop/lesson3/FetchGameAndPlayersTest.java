package org.dynamodbworkshop.lesson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.query;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.ReadCost;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@LessonTest
@Tag("3.5")
@DisplayName("3.5 Fetch a game and its players")
class FetchGameAndPlayersTest {

    private static final String ADVICE = "A game and its players share a partition (PK = GAME#<id>): one Query"
            + " reads the game's item and its players together. No GetItem for the game, and no Scan.";

    @Test
    @DisplayName("returns the game and its players in username order, in one Query")
    void returnsGameAndPlayers(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        fixture.put(new User("hwalker", "Hannah Walker", "hwalker@example.com", "1984-07-02", "881 Oak Street"));
        Game game = fixture.openGame("g-1", "Green Grasslands", "hwalker", "2019-04-16T10:12:54", 6);
        fixture.openGame("g-2", "Green Grasslands", "ojones", "2019-04-16T10:13:00", 4);

        var fetched = fixture.service().fetchGameAndPlayers("g-1");

        assertGameAndPlayers(dynamo, fixture, fetched, game, fixture.storedPlayers("g-1"));
        onlyQueries(1).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns a new game with no players yet, in one Query")
    void returnsGameWithoutPlayers(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        Game game = fixture.openGame("g-1", "Rocky Ridge", "hwalker", "2019-04-16T10:12:54", 0);
        fixture.openGame("g-2", "Rocky Ridge", "ojones", "2019-04-16T10:13:00", 3);

        var fetched = fixture.service().fetchGameAndPlayers("g-1");

        fixture.items().assertReturned("fetchGameAndPlayers(\"g-1\"), a game with no players", fetched,
                new GameWithPlayers(game, List.of()), Game.keyAttributes("g-1"));
        onlyQueries(1).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns nothing for a game that does not exist, in one Query")
    void returnsNothingForMissingGame(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        fixture.openGame("g-1", "Rocky Ridge", "hwalker", "2019-04-16T10:12:54", 3);

        var fetched = fixture.service().fetchGameAndPlayers("g-404");

        assertThat(fetched).as("fetchGameAndPlayers of a game that does not exist").isEmpty();
        onlyQueries(1).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns every game of the course's data set, loaded from its tutorial-format file, with its players")
    void returnsEveryGameOfDataSet(TestDynamoDb dynamo, @TempDir Path folder) {
        BattleRoyaleFixture.DataSet data = BattleRoyaleFixture.dataSet();
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo)
                .loadFile(BattleRoyaleFixture.dataSetFile(folder));

        for (Game game : data.games()) {
            var fetched = fixture.service().fetchGameAndPlayers(game.getGameId());

            assertGameAndPlayers(dynamo, fixture, fetched, game, data.playersOf(game.getGameId()));
        }
        onlyQueries(data.games().size()).assertMetBy(dynamo.requests());
        assertDataSetShape(data, fixture);
    }

    @Test
    @DisplayName("returns a full game whose 50 players fill more than one 1 MB page, reading every page")
    void returnsPlayersOfSeveralPages(TestDynamoDb dynamo) {
        String gameId = BattleRoyaleFixture.LargeData.CROWDED_GAME;
        BattleRoyaleFixture.DataSet data = BattleRoyaleFixture.largeData();
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withLargeData(dynamo);
        ReadCost cost = fixture.readCostOf("the game and its 50 players, 1.3 MB", query -> query
                .keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Game.pk(gameId)))));

        var fetched = fixture.service().fetchGameAndPlayers(gameId);

        String call = "fetchGameAndPlayers(\"" + gameId + "\"), a game whose partition holds 1.3 MB";
        assertThat(fetched).as(call).isPresent();
        assertThat(fetched.get().game()).as("the game of " + call).isEqualTo(data.game(gameId));
        assertPlayers(dynamo, call, fetched.get(), data.playersOf(gameId));
        RequestBudget.reading(query(BattleRoyaleFixture.TABLE), cost)
                .orElseAdvise(ADVICE + " " + BattleRoyaleFixture.EVERY_PAGE)
                .assertMetBy(dynamo.requests());
    }

    /** The game and its players, in username order, as fetchGameAndPlayers(game id) must return them. */
    private static void assertGameAndPlayers(TestDynamoDb dynamo, BattleRoyaleFixture fixture,
                                             Optional<GameWithPlayers> fetched, Game game,
                                             List<UserGameMapping> players) {
        String call = "fetchGameAndPlayers(\"" + game.getGameId() + "\")";
        GameWithPlayers found = fixture.items().assertFound(call, fetched, Game.keyAttributes(game.getGameId()));
        assertThat(found.game()).as("the game of " + call).isEqualTo(game);
        assertPlayers(dynamo, call, found, players);
    }

    private static void assertPlayers(TestDynamoDb dynamo, String call, GameWithPlayers found,
                                      List<UserGameMapping> players) {
        Elements.returnedBy(call, "player", found.players())
                .because("A game's players are the items of its partition whose sort key starts with USER#, in"
                        + " username order.")
                .showingRequestsOf(dynamo)
                .inOrder(players);
    }

    private static RequestBudget onlyQueries(int count) {
        return RequestBudget.exactly(count, query(BattleRoyaleFixture.TABLE)).orElseAdvise(ADVICE);
    }

    /** The data set is as the README describes it, and the given loader wrote every line of it. */
    private static void assertDataSetShape(BattleRoyaleFixture.DataSet data, BattleRoyaleFixture fixture) {
        assertThat(fixture.itemCount()).as("the items the loader wrote from the data set's file")
                .isEqualTo(data.lines());
        assertThat(data.users()).as("the data set's users").hasSize(300);
        assertThat(data.games()).as("the data set's games").hasSize(15);
        assertThat(data.mappings()).as("the data set's user-game mappings").hasSize(520);
        assertThat(data.maps()).as("the data set's maps").hasSize(5);
        assertThat(data.openGames()).as("the data set's open games").hasSize(9);
        assertThat(data.games()).as("the data set's started games that have not ended")
                .filteredOn(game -> game.getStartTime() != null && game.getEndTime() == null).hasSize(4);
        assertThat(data.games()).as("the data set's ended games")
                .filteredOn(game -> game.getEndTime() != null).hasSize(2);
        for (Game game : data.games()) {
            int players = data.playersOf(game.getGameId()).size();
            assertThat(game.getPeople()).as("the people of " + game).isEqualTo(players)
                    .isLessThanOrEqualTo(BattleRoyaleFixture.MAX_PLAYERS);
            if (game.getStartTime() != null) {
                assertThat(players).as("the players of started " + game).isEqualTo(BattleRoyaleFixture.MAX_PLAYERS);
            }
        }
    }
}
