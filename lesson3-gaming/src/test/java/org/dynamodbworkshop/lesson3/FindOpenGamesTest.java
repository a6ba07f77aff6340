package org.dynamodbworkshop.lesson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.scan;

import java.nio.file.Path;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.ReadCost;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.dynamodbworkshop.testkit.UnprocessedItemsInjector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@LessonTest
@Tag("3.7")
@DisplayName("3.7 Find all open games")
class FindOpenGamesTest {

    private static final RequestBudget SCAN_OF_INDEX = RequestBudget
            .atLeast(1, scan(BattleRoyaleFixture.TABLE).onIndex(BattleRoyaleFixture.OPEN_GAMES_INDEX))
            .orElseAdvise("OpenGamesIndex is sparse: it holds only the open games, so a Scan of the index reads"
                    + " exactly them. A Scan of the table reads every user, game and player.");

    @Test
    @DisplayName("returns the 9 open games of the course's data set, loaded while DynamoDB was busy, with a Scan of"
            + " OpenGamesIndex")
    void returnsOpenGamesOfDataSet(TestDynamoDb dynamo) {
        BattleRoyaleFixture.DataSet data = BattleRoyaleFixture.dataSet();
        UnprocessedItemsInjector busy = UnprocessedItemsInjector.holdingBack(5).onFirst(3);
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo).loadDataSetWhileBusy(busy);

        var games = fixture.service().findOpenGames();

        Elements.returnedBy("findOpenGames() on the data set", "game", games).showingRequestsOf(dynamo)
                .inAnyOrder(data.openGames());
        SCAN_OF_INDEX.assertMetBy(dynamo.requests());
        assertThat(busy.heldBack()).as("the writes DynamoDB left unprocessed while the data set loaded").isPositive();
        assertThat(fixture.itemCount()).as("the items in the table: the loader sent the unprocessed ones again")
                .isEqualTo(data.lines());
    }

    @Test
    @DisplayName("returns the open games of the tutorial-format sample file, loaded with the given loader")
    void returnsOpenGamesOfTutorialSample(TestDynamoDb dynamo, @TempDir Path folder) {
        BattleRoyaleFixture.DataSet sample = BattleRoyaleFixture.tutorialSample();
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo)
                .loadFile(BattleRoyaleFixture.tutorialSampleFile(folder));

        var games = fixture.service().findOpenGames();

        assertThat(sample.openGames()).as("the open games of the tutorial sample").hasSize(3);
        Elements.returnedBy("findOpenGames() on the tutorial sample", "game", games).showingRequestsOf(dynamo)
                .inAnyOrder(sample.openGames());
        assertThat(fixture.itemCount()).as("the items the loader wrote from the sample's 20 lines").isEqualTo(20);
        SCAN_OF_INDEX.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns every open game when they fill more than one 1 MB page of the index, reading every page")
    void returnsOpenGamesOfSeveralPages(TestDynamoDb dynamo) {
        BattleRoyaleFixture.DataSet data = BattleRoyaleFixture.largeData();
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withLargeData(dynamo);
        ReadCost cost = fixture.readCostOfOpenGamesIndexScan("the 321 open games, 1.3 MB");

        var games = fixture.service().findOpenGames();

        Elements.returnedBy("findOpenGames() on an index of 1.3 MB", "game", games).showingRequestsOf(dynamo)
                .inAnyOrder(data.openGames());
        RequestBudget.reading(scan(BattleRoyaleFixture.TABLE).onIndex(BattleRoyaleFixture.OPEN_GAMES_INDEX), cost)
                .orElseAdvise("Scan OpenGamesIndex, and take every page: a Scan returns at most 1 MB, so follow"
                        + " LastEvaluatedKey to the last page (the Enhanced Client's iterable and scanPaginator do);"
                        + " a Limit only makes the pages smaller.")
                .assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns nothing when every game has started")
    void returnsNothingWhenAllStarted(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        fixture.startedGame("g-1", "Frozen Fjord", "lchen", "2019-04-16T08:00:00", "2019-04-16T08:40:00");
        fixture.startedGame("g-2", "Rocky Ridge", "ojones", "2019-04-16T08:05:00", "2019-04-16T08:30:00");

        var games = fixture.service().findOpenGames();

        Elements.returnedBy("findOpenGames() when every game has started", "game", games).showingRequestsOf(dynamo)
                .isEmpty();
        SCAN_OF_INDEX.assertMetBy(dynamo.requests());
    }
}
