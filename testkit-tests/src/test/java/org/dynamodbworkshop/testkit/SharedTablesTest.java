package org.dynamodbworkshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** Large read-only data that the tests of a run share: two tests of one run, played here one after the other. */
@DisplayName("Shared read-only tables")
class SharedTablesTest {

    private final DynamoDbTarget target = DynamoDbTarget.shared();
    private final SharedTables shared = new SharedTables(target);
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    @DisplayName("a data set is built once a run, outlives the tests that read it, and is deleted with the run")
    void builtOnceAndDeletedWithTheRun() {
        String table;
        try (TestDynamoDb first = new TestDynamoDb(target, shared)) {
            table = first.sharedTable(MusicTable.TABLE, "three-songs", name -> load(first, name));
        }
        try (TestDynamoDb second = new TestDynamoDb(target, shared)) {
            assertThat(second.sharedTable(MusicTable.TABLE, "three-songs", name -> load(second, name)))
                    .isEqualTo(table);
            assertThat(MusicTable.titles(second, table)).containsExactly("Song 01", "Song 02", "Song 03");
        }
        assertThat(loads).hasValue(1);

        shared.close();

        try (TestDynamoDb after = new TestDynamoDb(target, new SharedTables(target))) {
            assertThat(catchThrowable(() -> after.admin().describeTable(request -> request.tableName(table))))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    @DisplayName("the recorded client reads a shared table under the learner's name, and refuses to write to it")
    void readableAndReadOnly() {
        try (TestDynamoDb dynamo = new TestDynamoDb(target, shared)) {
            String table = dynamo.sharedTable(MusicTable.TABLE, "three-songs", name -> load(dynamo, name));

            dynamo.client().scan(request -> request.tableName(table));
            Throwable write = catchThrowable(() -> dynamo.client().putItem(request -> request.tableName(table)
                    .item(MusicTable.song("A", "1", "X"))));
            Throwable partiQlWrite = catchThrowable(() -> dynamo.client().executeStatement(request -> request
                    .statement("DELETE FROM \"" + table + "\" WHERE Artist = 'No One You Know'"
                            + " AND SongTitle = 'Song 01'")));

            assertThat(dynamo.requests().requests()).extracting(RecordedRequest::toString)
                    .startsWith("Scan on Music", "PutItem on Music");
            assertThat(write).isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("PutItem on Music: this test's Music table holds large data");
            assertThat(partiQlWrite).isInstanceOf(AssertionError.class);
            assertThat(MusicTable.titles(dynamo, table)).containsExactly("Song 01", "Song 02", "Song 03");
        } finally {
            shared.close();
        }
    }

    private void load(TestDynamoDb dynamo, String table) {
        loads.incrementAndGet();
        MusicTable.createNamed(dynamo, table);
        MusicTable.fill(dynamo, table, 3);
    }
}
