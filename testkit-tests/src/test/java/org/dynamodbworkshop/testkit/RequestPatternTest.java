package org.dynamodbworkshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

@DisplayName("RequestPattern")
class RequestPatternTest {

    private final TableNames names = new TableNames("");
    private final String music = names.physicalName("Music");
    private final String books = names.physicalName("Books");

    static Stream<Arguments> shortcuts() {
        return Stream.of(
                Arguments.of("CreateTable", (Function<String, RequestPattern>) RequestPattern::createTable),
                Arguments.of("DescribeTable", (Function<String, RequestPattern>) RequestPattern::describeTable),
                Arguments.of("UpdateTable", (Function<String, RequestPattern>) RequestPattern::updateTable),
                Arguments.of("DeleteTable", (Function<String, RequestPattern>) RequestPattern::deleteTable),
                Arguments.of("PutItem", (Function<String, RequestPattern>) RequestPattern::putItem),
                Arguments.of("GetItem", (Function<String, RequestPattern>) RequestPattern::getItem),
                Arguments.of("UpdateItem", (Function<String, RequestPattern>) RequestPattern::updateItem),
                Arguments.of("DeleteItem", (Function<String, RequestPattern>) RequestPattern::deleteItem),
                Arguments.of("Query", (Function<String, RequestPattern>) RequestPattern::query),
                Arguments.of("Scan", (Function<String, RequestPattern>) RequestPattern::scan),
                Arguments.of("BatchWriteItem", (Function<String, RequestPattern>) RequestPattern::batchWriteItem),
                Arguments.of("BatchGetItem", (Function<String, RequestPattern>) RequestPattern::batchGetItem),
                Arguments.of("TransactWriteItems",
                        (Function<String, RequestPattern>) RequestPattern::transactWriteItems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shortcuts")
    @DisplayName("each shortcut stands for the operation of that API name, and reads as it on the learner's table")
    void shortcutsNameTheirOperation(String operation, Function<String, RequestPattern> shortcut) {
        RequestPattern pattern = shortcut.apply("Music");

        assertThat(pattern).hasToString(operation + " on Music");
        assertThat(pattern.matcher())
                .accepts(new RecordedRequest(operation, Set.of("Music"), Optional.empty(),
                        Optional.empty(), false, null, null, Optional.empty(), 0, RecordedRequest.UNANSWERED))
                .rejects(new RecordedRequest(operation + "s", Set.of("Music"), Optional.empty(),
                        Optional.empty(), false, null, null, Optional.empty(), 0, RecordedRequest.UNANSWERED));
    }

    @Test
    @DisplayName("a pattern on a table matches its operation on that table, by the learner's name of the table")
    void matchesOperationOnTableByLogicalName() {
        RequestPattern getSong = RequestPattern.getItem("Music");

        assertThat(getSong.matcher())
                .accepts(Requests.sent(GetItemRequest.builder().tableName(music).build(), names))
                .rejects(Requests.sent(GetItemRequest.builder().tableName(books).build(), names))
                .rejects(Requests.sent(ScanRequest.builder().tableName(music).build(), names));
    }

    @Test
    @DisplayName("a pattern on the table does not match a Query of one of its indexes, nor the reverse")
    void tableAndIndexAreApart() {
        RecordedRequest onTable = Requests.sent(QueryRequest.builder().tableName(music).build(), names);
        RecordedRequest onIndex = Requests.sent(
                QueryRequest.builder().tableName(music).indexName("AlbumTitle-index").build(), names);
        RecordedRequest onOtherIndex = Requests.sent(
                QueryRequest.builder().tableName(music).indexName("Genre-index").build(), names);

        assertThat(RequestPattern.query("Music").matcher()).accepts(onTable).rejects(onIndex, onOtherIndex);
        assertThat(RequestPattern.query("Music").onIndex("AlbumTitle-index").matcher())
                .accepts(onIndex).rejects(onTable, onOtherIndex);
    }

    @Test
    @DisplayName("a pattern on an index names the index")
    void indexPatternReadsWithIndex() {
        assertThat(RequestPattern.scan("Music").onIndex("AlbumTitle-index"))
                .hasToString("Scan on Music (index AlbumTitle-index)");
    }

    @Test
    @DisplayName("onIndex leaves the pattern it is called on unchanged")
    void onIndexMakesANewPattern() {
        RequestPattern onTable = RequestPattern.query("Music");

        onTable.onIndex("AlbumTitle-index");

        assertThat(onTable).hasToString("Query on Music");
    }

    @Test
    @DisplayName("a pattern matches a batch request over several tables that include its table")
    void matchesBatchOverSeveralTables() {
        RecordedRequest batch = Requests.sent(BatchWriteItemRequest.builder()
                .requestItems(Map.of(music, List.of(MusicTable.put("Song 01")),
                        books, List.of(MusicTable.put("Song 02"))))
                .build(), names);

        assertThat(RequestPattern.batchWriteItem("Music").matcher()).accepts(batch);
        assertThat(RequestPattern.batchWriteItem("Books").matcher()).accepts(batch);
        assertThat(RequestPattern.batchWriteItem("Authors").matcher()).rejects(batch);
    }

    @Test
    @DisplayName("operation(...) names any other operation by its API name")
    void anyOperationByName() {
        RecordedRequest transaction = new RecordedRequest("TransactGetItems", Set.of("Music"),
                Optional.empty(), Optional.empty(), false, null, null, Optional.empty(), 0, RecordedRequest.UNANSWERED);

        assertThat(RequestPattern.operation("TransactGetItems", "Music").matcher()).accepts(transaction);
        assertThat(RequestPattern.operation("TransactGetItems", "Music")).hasToString("TransactGetItems on Music");
    }
}
