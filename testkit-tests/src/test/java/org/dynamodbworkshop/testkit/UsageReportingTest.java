package org.dynamodbworkshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.InterceptorContext;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/**
 * What a test publishes of what the code under test read and wrote (its {@link Usage}), which tests measure
 * nothing comparable, and a budget's failure that names what the reference solution does in the same test.
 */
@LessonTest
@DisplayName("Measuring what the code under test read and wrote")
class UsageReportingTest {

    private static final PutItemRequest PUT = PutItemRequest.builder().tableName("Music")
            .item(MusicTable.song("A", "1", "X")).build();

    @Test
    @DisplayName("a test publishes its item requests by operation, table and index, with their capacity")
    void publishesTheUsageOfAMeasuredTest() {
        Usage usage = publishedUsage(ReadsAndWrites.class).orElseThrow();

        assertThat(usage.lines()).containsExactly(
                new Usage.Line("PutItem", "Music", null, 2, 0, 2, 0),
                new Usage.Line("Query", "Music", null, 1, 0.5, 0, 0));
        assertThat(usage.summary()).isEqualTo("3 requests, 0.5 RCU + 2.0 WCU");
        assertThat(Usage.fromJson(usage.toJson())).isEqualTo(usage);
    }

    @Test
    @DisplayName("a test that injects faults publishes nothing")
    void publishesNothingForFaults() {
        assertThat(publishedUsage(InjectsAFault.class)).as("a test with an interceptor").isEmpty();
    }

    @Test
    @DisplayName("code that sends a request while another is in flight is concurrent; one request after another is not")
    void detectsRequestsSentAtOnce() {
        RequestRecorder recorder = new RequestRecorder(new TableNames(""), (table, index) -> Optional.empty());
        ExecutionAttributes first = sent(recorder);
        recorder.afterExecution(InterceptorContext.builder().request(PUT).response(PutItemResponse.builder().build())
                .build(), first);
        sent(recorder);

        assertThat(recorder.sentConcurrently()).as("after one request answered, then another").isFalse();
        sent(recorder);
        assertThat(recorder.sentConcurrently()).as("a request sent before the one before it was answered").isTrue();
    }

    private static ExecutionAttributes sent(RequestRecorder recorder) {
        ExecutionAttributes attributes = new ExecutionAttributes();
        attributes.putAttribute(SdkExecutionAttribute.OPERATION_NAME, "PutItem");
        recorder.beforeExecution(InterceptorContext.builder().request(PUT).build(), attributes);
        return attributes;
    }

    @Test
    @DisplayName("a failed conditional write, and a PartiQL statement on DynamoDB Local, count as requests whose"
            + " capacity is missing")
    void countsRequestsWithoutCapacity(TestDynamoDb dynamo) {
        String table = MusicTable.create(dynamo);

        dynamo.client().executeStatement(request -> request.statement("SELECT * FROM \"" + table + "\" WHERE "
                + MusicTable.ARTIST + " = 'A'"));
        catchThrowable(() -> dynamo.client().putItem(request -> request.tableName(table)
                .item(MusicTable.song("A", "1", "X")).conditionExpression("attribute_exists(Artist)")));

        Usage usage = dynamo.usage().orElseThrow();
        boolean statementReported = dynamo.requests().requests().get(0).consumed().isPresent();
        assertThat(usage.lines()).containsExactly(
                new Usage.Line("ExecuteStatement", "Music", null, 1, usage.lines().get(0).readUnits(), 0,
                        statementReported ? 0 : 1),
                new Usage.Line("PutItem", "Music", null, 1, 0, 0, 1));
        if (dynamo.isEmbeddedLocal()) {
            assertThat(statementReported).as("a PartiQL statement's capacity, on DynamoDB Local").isFalse();
        }
        assertThat(usage.summary()).endsWith(" reported no capacity)");
    }

    @Test
    @DisplayName("a budget's failure says what the reference solution makes in the same test")
    void budgetFailureNamesTheReference() {
        Throwable failure = Samples.failureOf(ScansWhereTheReferenceQueries.class);

        assertThat(failure).hasMessageContaining("Your requests do not fit this exercise")
                .hasMessageContaining("In this test your code made 1 request, ")
                .hasMessageContaining("the reference solution makes 1 request, 0.5 RCU.")
                .hasMessageEndingWith("Exercise 9.1 (Sample exercise): see HINTS.md, section 9.1.");
    }

    private static Optional<Usage> publishedUsage(Class<?> sample) {
        List<Map<String, String>> entries = Samples.run(sample).testEvents().reportingEntryPublished().stream()
                .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs()).toList();
        return entries.stream().filter(entry -> entry.containsKey(Usage.REPORT_KEY))
                .map(entry -> Usage.fromJson(entry.get(Usage.REPORT_KEY))).findFirst();
    }

    @Sample
    @LessonTest
    @Tag("9.1")
    static class ReadsAndWrites {
        @Test
        void putsTwoSongsAndQueries(TestDynamoDb dynamo) {
            String table = MusicTable.create(dynamo);
            dynamo.admin().describeTable(request -> request.tableName(table));
            dynamo.client().putItem(request -> request.tableName(table).item(MusicTable.song("A", "1", "X")));
            dynamo.client().putItem(request -> request.tableName(table).item(MusicTable.song("A", "2", "X")));
            dynamo.client().describeTable(request -> request.tableName(table));
            dynamo.client().query(request -> request.tableName(table).keyConditionExpression("Artist = :a")
                    .expressionAttributeValues(Map.of(":a", MusicTable.text("A"))));
        }
    }

    @Sample
    @LessonTest
    @Tag("9.1")
    static class InjectsAFault {
        @Test
        void putsWithAnInterceptor(TestDynamoDb dynamo) {
            String table = MusicTable.create(dynamo);
            dynamo.intercept(new ExecutionInterceptor() { });
            dynamo.client().putItem(request -> request.tableName(table).item(MusicTable.song("A", "1", "X")));
        }
    }

    @Sample
    @LessonTest
    @Tag("9.1")
    static class ScansWhereTheReferenceQueries {
        @Test
        @DisplayName("reads one artist's songs")
        void scansForOneArtist(TestDynamoDb dynamo) {
            String table = MusicTable.create(dynamo);
            MusicTable.fill(dynamo, table, 3);
            dynamo.client().scan(request -> request.tableName(table));
            dynamo.requests().assertWithin(RequestBudget.exactly(1, RequestPattern.query(MusicTable.TABLE)));
        }
    }
}
