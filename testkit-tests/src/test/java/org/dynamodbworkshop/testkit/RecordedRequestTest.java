package org.dynamodbworkshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.Update;

@DisplayName("RecordedRequest")
class RecordedRequestTest {

    private final TableNames names = new TableNames("");
    private final String music = names.physicalName("Music");
    private final String books = names.physicalName("Books");

    @Test
    @DisplayName("a Query names its table by the learner's name, and its index")
    void queryNamesTableAndIndex() {
        RecordedRequest query = Requests.sent(
                QueryRequest.builder().tableName(music).indexName("AlbumTitle-index").build(), names);

        assertThat(query.operation()).isEqualTo("Query");
        assertThat(query.tables()).containsExactly("Music");
        assertThat(query.index()).contains("AlbumTitle-index");
        assertThat(query.size()).isEqualTo(1);
        assertThat(query).hasToString("Query on Music (index AlbumTitle-index)");
    }

    @Test
    @DisplayName("a table the test kit did not name keeps the name it was sent with")
    void unknownTableKeepsItsName() {
        RecordedRequest scan = Requests.sent(ScanRequest.builder().tableName("SomeoneElses").build(), names);

        assertThat(scan).hasToString("Scan on SomeoneElses");
    }

    @Test
    @DisplayName("a request without a table reads as its operation alone")
    void requestWithoutTable() {
        RecordedRequest list = Requests.sent(ListTablesRequest.builder().build(), names);

        assertThat(list.tables()).isEmpty();
        assertThat(list).hasToString("ListTables");
    }

    @Test
    @DisplayName("a BatchWriteItem names every table it writes to, and counts its writes over all of them")
    void batchWriteCountsWrites() {
        RecordedRequest batch = Requests.sent(BatchWriteItemRequest.builder()
                .requestItems(Map.of(music, List.of(MusicTable.put("Song 01"), MusicTable.put("Song 02")),
                        books, List.of(MusicTable.put("Song 03"))))
                .build(), names);

        assertThat(batch.tables()).containsExactlyInAnyOrder("Music", "Books");
        assertThat(batch.size()).isEqualTo(3);
        assertThat(batch).hasToString("BatchWriteItem on Books, Music (3 items)");
    }

    @Test
    @DisplayName("a BatchGetItem counts its keys over all its tables")
    void batchGetCountsKeys() {
        RecordedRequest batch = Requests.sent(BatchGetItemRequest.builder()
                .requestItems(Map.of(
                        music, KeysAndAttributes.builder().keys(MusicTable.key("A", "1"), MusicTable.key("A", "2")).build(),
                        books, KeysAndAttributes.builder().keys(MusicTable.key("B", "1")).build()))
                .build(), names);

        assertThat(batch.size()).isEqualTo(3);
        assertThat(batch).hasToString("BatchGetItem on Books, Music (3 items)");
    }

    @Test
    @DisplayName("a TransactWriteItems names the tables of its puts, updates, deletes and condition checks")
    void transactWriteNamesEveryActionsTable() {
        String ledger = names.physicalName("Ledger");
        RecordedRequest transaction = Requests.sent(TransactWriteItemsRequest.builder().transactItems(
                TransactWriteItem.builder().put(Put.builder().tableName(music).build()).build(),
                TransactWriteItem.builder().update(Update.builder().tableName(music).build()).build(),
                TransactWriteItem.builder().delete(Delete.builder().tableName(books).build()).build(),
                TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(ledger).build()).build())
                .build(), names);

        assertThat(transaction.tables()).containsExactlyInAnyOrder("Music", "Books", "Ledger");
        assertThat(transaction.size()).isEqualTo(4);
        assertThat(transaction).hasToString("TransactWriteItems on Books, Ledger, Music (4 actions)");
    }

    @Test
    @DisplayName("a TransactGetItems names its tables and counts its actions")
    void transactGetCountsActions() {
        RecordedRequest transaction = Requests.sent(TransactGetItemsRequest.builder().transactItems(
                TransactGetItem.builder().get(Get.builder().tableName(music).build()).build(),
                TransactGetItem.builder().get(Get.builder().tableName(music).build()).build())
                .build(), names);

        assertThat(transaction.tables()).containsExactly("Music");
        assertThat(transaction).hasToString("TransactGetItems on Music (2 actions)");
    }

    @Test
    @DisplayName("requestAs gives the request typed, and responseField reads the response once there is one")
    void typedRequestAndResponseFields() {
        QueryRequest sent = QueryRequest.builder().tableName(music).select("COUNT").build();
        RecordedRequest unanswered = Requests.sent(sent, names);
        RecordedRequest answered = Requests.answered(sent, names,
                QueryResponse.builder().count(3).scannedCount(7).build(), 10, 20);

        assertThat(answered.requestAs(QueryRequest.class).selectAsString()).isEqualTo("COUNT");
        assertThat(unanswered.responseField("Count", Integer.class)).isEmpty();
        assertThat(unanswered.answeredNanos()).isEqualTo(RecordedRequest.UNANSWERED);
        assertThat(answered.responseField("Count", Integer.class)).contains(3);
        assertThat(answered.responseField("ScannedCount", Integer.class)).isEqualTo(Optional.of(7));
        assertThat(answered.sentNanos()).isEqualTo(10);
        assertThat(answered.answeredNanos()).isEqualTo(20);
    }
}
