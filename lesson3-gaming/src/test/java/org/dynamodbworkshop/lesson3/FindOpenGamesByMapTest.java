package org.dynamodbworkshop.lesson3;

import static org.dynamodbworkshop.testkit.RequestPattern.query;

import java.util.List;
import java.util.Map;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.ReadCost;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@LessonTest
@Tag("3.6")
@DisplayName("3.6 Find open games by map")
class FindOpenGamesByMapTest {

    private static final String ADVICE = "Query OpenGamesIndex with `map = :map`: only open games are in it, sorted"
            + " by open_timestamp. A Scan with a filter reads every item of the table.";

    private static RequestBudget queriesOnIndex(int count) {
        return RequestBudget
                .exactly(count, query(BattleRoyaleFixture.TABLE).onIndex(BattleRoyaleFixture.OPEN_GAMES_INDEX))
                .orElseAdvise(ADVICE);
    }

    /** The open games of the map, oldest first. */
    private static void assertOpenGames(TestDynamoDb dynamo, String map, List<Game> games, List<Game> expected) {
        Elements.returnedBy("findOpenGamesByMap(\"" + map + "\")", "game", games)
                .because("The open games of the map, oldest (smallest open_timestamp) first, and no started game.")
                .showingRequestsOf(dynamo)
                .inOrder(expected);
    }

    @Test
    @DisplayName("returns the open games of each map of the course's data set, one Query on OpenGamesIndex each")
    void returnsOpenGamesOfEachMap(TestDynamoDb dynamo) {
        BattleRoyaleFixture.DataSet data = BattleRoyaleFixture.dataSet();
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withDataSet(dynamo);

        for (String map : data.maps()) {
            var games = fixture.service().findOpenGamesByMap(map);

            assertOpenGames(dynamo, map, games, data.openGamesOn(map));
        }
        queriesOnIndex(data.maps().size()).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns the oldest open game first, and no started game")
    void returnsOldestFirst(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        Game middle = fixture.openGame("a-game", "Juicy Jungle", "hwalker", "2019-04-16T10:30:00", 3);
        Game oldest = fixture.openGame("b-game", "Juicy Jungle", "ojones", "2019-04-16T09:15:00", 12);
        Game newest = fixture.openGame("c-game", "Juicy Jungle", "mreyes", "2019-04-16T11:45:00", 1);
        fixture.startedGame("0-started", "Juicy Jungle", "lchen", "2019-04-16T08:00:00", "2019-04-16T08:40:00");
        fixture.openGame("d-elsewhere", "Dirty Desert", "nsingh", "2019-04-16T09:00:00", 5);

        var games = fixture.service().findOpenGamesByMap("Juicy Jungle");

        assertOpenGames(dynamo, "Juicy Jungle", games, List.of(oldest, middle, newest));
        queriesOnIndex(1).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns the 320 open games of a busy map, more than one 1 MB page of the index, reading every page")
    void returnsOpenGamesOfSeveralPages(TestDynamoDb dynamo) {
        String map = BattleRoyaleFixture.LargeData.BUSY_MAP;
        BattleRoyaleFixture.DataSet data = BattleRoyaleFixture.largeData();
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withLargeData(dynamo);
        ReadCost cost = fixture.readCostOf("the 320 open games of " + map + ", 1.3 MB", query -> query
                .indexName(BattleRoyaleFixture.OPEN_GAMES_INDEX)
                .keyConditionExpression("#map = :map")
                .expressionAttributeNames(Map.of("#map", Game.MAP))
                .expressionAttributeValues(Map.of(":map", AttributeValue.fromS(map))));

        var games = fixture.service().findOpenGamesByMap(map);

        assertOpenGames(dynamo, map, games, data.openGamesOn(map));
        RequestBudget.reading(query(BattleRoyaleFixture.TABLE).onIndex(BattleRoyaleFixture.OPEN_GAMES_INDEX), cost)
                .orElseAdvise(ADVICE + " " + BattleRoyaleFixture.EVERY_PAGE)
                .assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns nothing for a map with no open game")
    void returnsNothingForMapWithoutOpenGames(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        fixture.startedGame("g-1", "Frozen Fjord", "lchen", "2019-04-16T08:00:00", "2019-04-16T08:40:00");
        fixture.openGame("g-2", "Dirty Desert", "nsingh", "2019-04-16T09:00:00", 5);

        var games = fixture.service().findOpenGamesByMap("Frozen Fjord");

        Elements.returnedBy("findOpenGamesByMap(\"Frozen Fjord\"), a map whose only game has started", "game", games)
                .showingRequestsOf(dynamo)
                .isEmpty();
        queriesOnIndex(1).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("works on OpenGamesIndex added to the live table after the games were loaded, as in the tutorial")
    void worksOnIndexAddedToLiveTable(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withoutIndexes(dynamo);
        Game first = fixture.openGame("g-1", "Green Grasslands", "hwalker", "2019-04-16T10:12:54", 4);
        Game second = fixture.openGame("g-2", "Green Grasslands", "lchen", "2019-04-16T10:58:31", 2);
        fixture.startedGame("g-3", "Green Grasslands", "ojones", "2019-04-16T09:00:00", "2019-04-16T09:30:00");
        fixture.addOpenGamesIndex();

        var games = fixture.service().findOpenGamesByMap("Green Grasslands");

        assertOpenGames(dynamo, "Green Grasslands", games, List.of(first, second));
        queriesOnIndex(1).assertMetBy(dynamo.requests());
    }
}
