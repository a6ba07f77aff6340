package org.dynamodbworkshop.lesson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.query;

import java.nio.file.Path;
import java.util.Comparator;
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
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@LessonTest
@Tag("3.10")
@DisplayName("3.10 Find the games of a user")
class FindGamesForUserTest {

    private static final String ADVICE = "A user's mappings have SK = USER#<username> in many partitions."
            + " InvertedIndex swaps the keys, so one Query on it with SK = USER#<username> finds them all.";

    private static RequestBudget queriesOnIndex(int count) {
        return RequestBudget
                .exactly(count, query(BattleRoyaleFixture.TABLE).onIndex(BattleRoyaleFixture.INVERTED_INDEX))
                .orElseAdvise(ADVICE);
    }

    /** The user's mappings, with their places, in game id order. */
    private static void assertGames(TestDynamoDb dynamo, String username, List<UserGameMapping> games,
                                    List<UserGameMapping> expected) {
        Elements.returnedBy("findGamesForUser(\"" + username + "\")", "game", games)
                .because("The user's mappings, with their places, in game id order.")
                .showingRequestsOf(dynamo)
                .inOrder(expected);
    }

    @Test
    @DisplayName("returns every game of a winner in the course's data set, with places, in one Query on InvertedIndex")
    void returnsGamesOfWinner(TestDynamoDb dynamo) {
        BattleRoyaleFixture.DataSet data = BattleRoyaleFixture.dataSet();
        String winner = data.mappings().stream()
                .filter(mapping -> mapping.getPlace() != null)
                .map(UserGameMapping::getUsername)
                .max(Comparator.comparing((String username) -> data.gamesOf(username).size())
                        .thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withDataSet(dynamo);

        var games = fixture.service().findGamesForUser(winner);

        assertThat(data.gamesOf(winner)).as("the data set's games of " + winner).hasSizeGreaterThan(1);
        assertGames(dynamo, winner, games, data.gamesOf(winner));
        queriesOnIndex(1).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns a player's games, and none for a user who never played, in the tutorial-format sample")
    void returnsGamesInTutorialSample(TestDynamoDb dynamo, @TempDir Path folder) {
        BattleRoyaleFixture.DataSet sample = BattleRoyaleFixture.tutorialSample();
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo)
                .loadFile(BattleRoyaleFixture.tutorialSampleFile(folder));

        var games = fixture.service().findGamesForUser("nsingh");
        var none = fixture.service().findGamesForUser("sbrandt");

        assertThat(sample.gamesOf("nsingh")).as("the sample's games of nsingh").hasSize(3);
        assertGames(dynamo, "nsingh", games, sample.gamesOf("nsingh"));
        Elements.returnedBy("findGamesForUser(\"sbrandt\"), who has a profile but no games", "game", none)
                .showingRequestsOf(dynamo)
                .isEmpty();
        queriesOnIndex(2).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns the 320 games of a regular, more than one 1 MB page of the index, reading every page")
    void returnsGamesOfSeveralPages(TestDynamoDb dynamo) {
        String regular = BattleRoyaleFixture.LargeData.REGULAR;
        BattleRoyaleFixture.DataSet data = BattleRoyaleFixture.largeData();
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withLargeData(dynamo);
        ReadCost cost = fixture.readCostOf("the 320 games of " + regular + ", 1.3 MB", query -> query
                .indexName(BattleRoyaleFixture.INVERTED_INDEX)
                .keyConditionExpression("SK = :sk")
                .expressionAttributeValues(Map.of(":sk", AttributeValue.fromS(UserGameMapping.sk(regular)))));

        var games = fixture.service().findGamesForUser(regular);

        assertGames(dynamo, regular, games, data.gamesOf(regular));
        RequestBudget.reading(query(BattleRoyaleFixture.TABLE).onIndex(BattleRoyaleFixture.INVERTED_INDEX), cost)
                .orElseAdvise(ADVICE + " " + BattleRoyaleFixture.EVERY_PAGE)
                .assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("works on InvertedIndex added to the live table after the data was loaded, as in the tutorial")
    void worksOnIndexAddedToLiveTable(TestDynamoDb dynamo, @TempDir Path folder) {
        BattleRoyaleFixture.DataSet sample = BattleRoyaleFixture.tutorialSample();
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withoutIndexes(dynamo)
                .loadFile(BattleRoyaleFixture.tutorialSampleFile(folder))
                .addInvertedIndex();

        var games = fixture.service().findGamesForUser("tkowalski");

        assertThat(sample.gamesOf("tkowalski")).as("the sample's games of tkowalski").hasSize(1);
        assertGames(dynamo, "tkowalski", games, sample.gamesOf("tkowalski"));
        queriesOnIndex(1).assertMetBy(dynamo.requests());
    }
}
