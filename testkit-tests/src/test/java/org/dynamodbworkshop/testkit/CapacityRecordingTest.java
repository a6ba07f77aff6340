package org.dynamodbworkshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/** What the recorder keeps of what each request read and wrote, and what the code under test still sees. */
@LessonTest
@DisplayName("Recording consumed capacity and PartiQL reads")
class CapacityRecordingTest {

    @Test
    @DisplayName("records the capacity of a request that did not ask for it, and hides it from the code")
    void recordsCapacityTheCodeDidNotAskFor(TestDynamoDb dynamo) {
        String table = MusicTable.create(dynamo);
        MusicTable.fill(dynamo, table, 3);

        var response = dynamo.client().scan(request -> request.tableName(table));

        assertThat(response.consumedCapacity()).as("what the code sees").isNull();
        RecordedRequest scan = dynamo.requests().requests().get(0);
        assertThat(scan.consumed()).isPresent();
        assertThat(scan.readUnits()).isGreaterThan(0);
        assertThat(scan.itemsRead()).contains(3);
        assertThat(dynamo.requests().describe()).contains("1. Scan on Music: read 3 items, 0.5 RCU");
    }

    @Test
    @DisplayName("leaves the capacity in the response of a request that asked for it")
    void keepsCapacityTheCodeAskedFor(TestDynamoDb dynamo) {
        String table = MusicTable.create(dynamo);

        var response = dynamo.client().putItem(request -> request.tableName(table)
                .item(MusicTable.song("A", "1", "X")).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

        assertThat(response.consumedCapacity()).isNotNull();
        assertThat(dynamo.requests().consumed().writeUnits()).isEqualTo(response.consumedCapacity().capacityUnits());
        assertThat(dynamo.requests().consumed().readUnits()).isZero();
    }

    @Test
    @DisplayName("a Scan of a whole table reads more than a Query of one partition")
    void scanReadsMoreThanQuery(TestDynamoDb dynamo) {
        String table = MusicTable.create(dynamo);
        for (int artist = 0; artist < 4; artist++) {
            for (int song = 0; song < 30; song++) {
                Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item = Map.of(
                        MusicTable.ARTIST, MusicTable.text("Artist " + artist),
                        MusicTable.SONG_TITLE, MusicTable.text(MusicTable.title(song)),
                        "Lyrics", MusicTable.text("la ".repeat(700)));
                dynamo.admin().putItem(request -> request.tableName(table).item(item));
            }
        }

        dynamo.client().query(request -> request.tableName(table).keyConditionExpression("Artist = :a")
                .expressionAttributeValues(Map.of(":a", MusicTable.text("Artist 1"))));
        double query = dynamo.requests().consumed().readUnits();
        dynamo.forgetRequests();
        dynamo.client().scan(request -> request.tableName(table).filterExpression("Artist = :a")
                .expressionAttributeValues(Map.of(":a", MusicTable.text("Artist 1"))));

        assertThat(dynamo.requests().consumed().readUnits()).isGreaterThanOrEqualTo(3 * query);
    }

    @Test
    @DisplayName("a PartiQL SELECT that fixes the partition key runs as a Query, any other as a Scan")
    void partiQlSelectRunsAsQueryOrScan(TestDynamoDb dynamo) {
        String table = MusicTable.createWithIndex(dynamo);
        MusicTable.fill(dynamo, table, 2);

        dynamo.client().executeStatement(request -> request.statement(
                "SELECT * FROM \"" + table + "\" WHERE Artist = ? AND SongTitle > 'Song'")
                .parameters(MusicTable.text("No One You Know")));
        dynamo.client().executeStatement(request -> request.statement(
                "SELECT * FROM \"" + table + "\".\"" + MusicTable.INDEX + "\" WHERE AlbumTitle = 'Somewhat Famous'"));
        dynamo.client().executeStatement(request -> request.statement(
                "SELECT * FROM \"" + table + "\" WHERE AlbumTitle = 'Somewhat Famous'"));

        assertThat(dynamo.requests().requests()).extracting(RecordedRequest::toString).containsExactly(
                "ExecuteStatement on Music, a Query",
                "ExecuteStatement on Music (index AlbumTitle-index), a Query",
                "ExecuteStatement on Music, a Scan");
        assertThat(dynamo.requests().matching(RequestPattern.query(MusicTable.TABLE))).hasSize(1);
        assertThat(dynamo.requests().matching(RequestPattern.query(MusicTable.TABLE).onIndex(MusicTable.INDEX)))
                .hasSize(1);
        assertThat(dynamo.requests().matching(RequestPattern.scan(MusicTable.TABLE))).hasSize(1);
    }

    @Test
    @DisplayName("a budget of what a correct read reads fails a Scan, whatever its spelling, and names the capacity")
    void readingBudgetFailsScan(TestDynamoDb dynamo) {
        String table = MusicTable.create(dynamo);
        MusicTable.fill(dynamo, table, 3);
        MusicTable.create(dynamo, "Other");
        for (int i = 0; i < 40; i++) {
            Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item =
                    MusicTable.song("Someone Else", MusicTable.title(i), "la ".repeat(1500));
            dynamo.admin().putItem(request -> request.tableName(table).item(item));
        }
        ReadCost cost = ReadCost.ofQuery(dynamo, "the artist's 3 songs", software.amazon.awssdk.services.dynamodb
                .model.QueryRequest.builder().tableName(table).keyConditionExpression("Artist = :a")
                .expressionAttributeValues(Map.of(":a", MusicTable.text("No One You Know"))).build());
        dynamo.client().executeStatement(request -> request.statement(
                "SELECT * FROM \"" + table + "\" WHERE contains(Artist, 'No One')"));

        Throwable failure = catchThrowable(() -> RequestBudget.reading(RequestPattern.query(MusicTable.TABLE), cost)
                .assertMetBy(dynamo.requests()));

        assertThat(failure).hasMessageContaining("ExecuteStatement on Music, a Scan is not part of the budget")
                .hasMessageContaining("1 to 2 Query on Music, reading at most " + Capacity.units(cost.readUnits())
                        + " RCU");
    }

    @Test
    @DisplayName("readingNoMoreThan passes a key condition, and fails a filter or code that drops items, PartiQL too")
    void readingNoMoreThan(TestDynamoDb dynamo) {
        String table = MusicTable.create(dynamo);
        MusicTable.fill(dynamo, table, 3);

        dynamo.client().executeStatement(request -> request.statement("SELECT * FROM \"" + table
                + "\" WHERE Artist = 'No One You Know' AND begins_with(SongTitle, 'Song 0')"));
        Throwable keyCondition = catchThrowable(() -> onlyMatches(3).assertMetBy(dynamo.requests()));
        Throwable droppedInJava = catchThrowable(() -> onlyMatches(1).assertMetBy(dynamo.requests()));
        dynamo.forgetRequests();
        dynamo.client().executeStatement(request -> request.statement("SELECT * FROM \"" + table
                + "\" WHERE Artist = 'No One You Know' AND contains(SongTitle, '01')"));
        Throwable partiQlFilter = catchThrowable(() -> onlyMatches(1).assertMetBy(dynamo.requests()));
        dynamo.forgetRequests();
        dynamo.client().query(request -> request.tableName(table).keyConditionExpression("Artist = :a")
                .filterExpression("AlbumTitle = :album").expressionAttributeValues(Map.of(
                        ":a", MusicTable.text("No One You Know"), ":album", MusicTable.text("Other Album"))));
        Throwable queryFilter = catchThrowable(() -> onlyMatches(0).assertMetBy(dynamo.requests()));

        assertThat(keyCondition).isNull();
        assertThat(droppedInJava).hasMessageContaining("your code read 3 items to return 1");
        assertThat(partiQlFilter).hasMessageContaining("a Query has a condition beyond the key in its WHERE");
        assertThat(queryFilter).hasMessageContaining("your code read 3 items to return 0");
    }

    private static RequestBudget onlyMatches(int returned) {
        return RequestBudget.exactly(1, RequestPattern.query(MusicTable.TABLE)).readingNoMoreThan(returned);
    }

    @Test
    @DisplayName("a failure shows a PartiQL statement on one line, with the learner's name of its table")
    void failureShowsStatement(TestDynamoDb dynamo) {
        String table = MusicTable.create(dynamo);

        Throwable failure = catchThrowable(() -> StudentCode.expectThrows(IllegalStateException.class,
                "songsBy of nobody", dynamo, () -> dynamo.client().executeStatement(request -> request
                        .statement("SELECT *\n  FROM \"" + table + "\"\n  WHERE Artist = ?")
                        .parameters(MusicTable.text("Nobody")))));

        assertThat(failure).hasMessageContaining(
                "ExecuteStatement on Music, a Query: SELECT * FROM \"Music\" WHERE Artist = ?");
    }
}
