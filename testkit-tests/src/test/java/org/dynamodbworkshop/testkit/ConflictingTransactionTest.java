package org.dynamodbworkshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** A transaction cancelled by another one on the same item, played on DynamoDB Local for the recorded client. */
@LessonTest
@DisplayName("ConflictingTransaction")
class ConflictingTransactionTest {

    /** The busy item, which the transaction puts with more attributes than its key. */
    private static final String BUSY_SONG = "Song 03";

    @Test
    @DisplayName("cancels the first TransactWriteItems with TransactionConflict for the action on the busy item and"
            + " None for the others, in their order, and writes nothing")
    void cancelsFirstTransaction(TestDynamoDb dynamo) {
        ConflictingTransaction conflict = new ConflictingTransaction(MusicTable.key("No One You Know", BUSY_SONG));
        dynamo.intercept(conflict);
        String table = MusicTable.create(dynamo);
        MusicTable.fill(dynamo, table, 1);

        Throwable thrown = catchThrowable(() -> transaction(dynamo, table));

        assertThat(conflict.happened()).isTrue();
        assertThat(thrown).isInstanceOf(TransactionCanceledException.class)
                .hasMessageContaining("[TransactionConflict, None, None]");
        assertThat(((TransactionCanceledException) thrown).cancellationReasons()).extracting(CancellationReason::code)
                .containsExactly("TransactionConflict", "None", "None");
        assertThat(MusicTable.titles(dynamo, table)).containsExactly("Song 01");
        assertThat(dynamo.requests().requests()).extracting(RecordedRequest::toString)
                .containsExactly("TransactWriteItems on Music (3 actions)");
    }

    @Test
    @DisplayName("lets the other requests through, and the same transaction when it is sent again")
    void letsLaterRequestsThrough(TestDynamoDb dynamo) {
        ConflictingTransaction conflict = new ConflictingTransaction(MusicTable.key("No One You Know", BUSY_SONG));
        dynamo.intercept(conflict);
        String table = MusicTable.create(dynamo);
        MusicTable.fill(dynamo, table, 1);

        dynamo.client().putItem(request -> request.tableName(table)
                .item(MusicTable.put("Song 04").putRequest().item()));
        assertThat(conflict.happened()).isFalse();
        Throwable first = catchThrowable(() -> transaction(dynamo, table));
        transaction(dynamo, table);

        assertThat(first).isInstanceOf(TransactionCanceledException.class);
        assertThat(MusicTable.titles(dynamo, table)).containsExactly("Song 02", "Song 03", "Song 04");
        assertThat(dynamo.requests().matching(RequestPattern.transactWriteItems(MusicTable.TABLE))).hasSize(2);
    }

    /**
     * Three actions: put the busy Song 03 (with its album), update Song 02 (creating it), delete Song 01.
     */
    private static void transaction(TestDynamoDb dynamo, String table) {
        dynamo.client().transactWriteItems(request -> request.transactItems(
                TransactWriteItem.builder().put(put -> put.tableName(table)
                        .item(MusicTable.put(BUSY_SONG).putRequest().item())).build(),
                TransactWriteItem.builder().update(update -> update.tableName(table)
                        .key(MusicTable.key("No One You Know", "Song 02"))
                        .updateExpression("SET AlbumTitle = :album")
                        .expressionAttributeValues(Map.of(":album", MusicTable.text("Somewhat Famous")))).build(),
                TransactWriteItem.builder().delete(delete -> delete.tableName(table)
                        .key(MusicTable.key("No One You Know", "Song 01"))).build()));
    }
}
