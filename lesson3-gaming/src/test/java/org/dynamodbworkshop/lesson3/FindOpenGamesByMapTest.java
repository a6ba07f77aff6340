package org.dynamodbworkshop.lesson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@LessonTest
@Tag("3.6")
@DisplayName("3.6 Find open games by map")
class FindOpenGamesByMapTest {

    private static RequestBudget queriesOnIndex(int count) {
        return RequestBudget
                .exactly(count, query(BattleRoyaleFixture.TABLE).onIndex(BattleRoyaleFixture.OPEN_GAMES_INDEX))
                .orElseAdvise("Query OpenGamesIndex with `map = :map`: only open games are in it, sorted by"
                        + " open_timestamp. A Scan with a filter reads every item of the table.");
    }

    @Test
    @DisplayName("returns the open games of each map of the course's data set, one Query on OpenGamesIndex each")
    void returnsOpenGamesOfEachMap(TestDynamoDb dynamo) {
        BattleRoyaleFixture.DataSet data = BattleRoyaleFixture.dataSet();
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withDataSet(dynamo);

        Map<String, List<Game>> found = new LinkedHashMap<>();
        for (String map : data.maps()) {
            found.put(map, fixture.service().findOpenGamesByMap(map));
        }

        data.maps().forEach(map -> assertThat(found.get(map))
                .as("findOpenGamesByMap(\"%s\"): its open games, oldest first", map)
                .containsExactlyElementsOf(data.openGamesOn(map)));
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

        assertThat(games).as("findOpenGamesByMap(\"Juicy Jungle\"), oldest (smallest open_timestamp) first")
                .containsExactly(oldest, middle, newest);
        queriesOnIndex(1).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns nothing for a map with no open game")
    void returnsNothingForMapWithoutOpenGames(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        fixture.startedGame("g-1", "Frozen Fjord", "lchen", "2019-04-16T08:00:00", "2019-04-16T08:40:00");
        fixture.openGame("g-2", "Dirty Desert", "nsingh", "2019-04-16T09:00:00", 5);

        var games = fixture.service().findOpenGamesByMap("Frozen Fjord");

        assertThat(games).as("findOpenGamesByMap of a map whose only game has started").isEmpty();
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

        assertThat(games).as("findOpenGamesByMap(\"Green Grasslands\")").containsExactly(first, second);
        queriesOnIndex(1).assertMetBy(dynamo.requests());
    }
}
