package org.dynamodbworkshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** The request recorder behind {@link TestDynamoDb#requests()}, against DynamoDB Local. */
@LessonTest
@DisplayName("RequestRecorder")
class RequestRecorderTest {

    @Test
    @DisplayName("records the requests of the recorded client in order, with the learner's table names")
    void recordsInOrderWithLogicalNames(TestDynamoDb dynamo) {
        String table = MusicTable.create(dynamo);

        dynamo.client().putItem(request -> request.tableName(table).item(MusicTable.song("A", "1", "X")));
        dynamo.client().getItem(request -> request.tableName(table).key(MusicTable.key("A", "1")));
        dynamo.client().query(request -> request.tableName(table).keyConditionExpression("Artist = :a")
                .expressionAttributeValues(Map.of(":a", MusicTable.text("A"))));

        assertThat(dynamo.requests().requests()).extracting(RecordedRequest::toString)
                .containsExactly("PutItem on Music", "GetItem on Music", "Query on Music");
    }

    @Test
    @DisplayName("does not record the admin client's requests")
    void adminIsNotRecorded(TestDynamoDb dynamo) {
        String table = MusicTable.create(dynamo);
        MusicTable.fill(dynamo, table, 3);
        dynamo.admin().scan(request -> request.tableName(table));

        dynamo.client().scan(request -> request.tableName(table));

        assertThat(dynamo.requests().requests()).extracting(RecordedRequest::toString).containsExactly("Scan on Music");
    }

    @Test
    @DisplayName("records the Enhanced Client's requests as the low-level operations they are")
    void recordsEnhancedClient(TestDynamoDb dynamo) {
        String table = MusicTable.create(dynamo);
        DynamoDbTable<EnhancedDocument> songs = dynamo.enhancedClient().table(table, TableSchema.documentSchemaBuilder()
                .addIndexPartitionKey(TableMetadata.primaryIndexName(), MusicTable.ARTIST, AttributeValueType.S)
                .addIndexSortKey(TableMetadata.primaryIndexName(), MusicTable.SONG_TITLE, AttributeValueType.S)
                .attributeConverterProviders(AttributeConverterProvider.defaultProvider())
                .build());

        songs.getItem(Key.builder().partitionValue("A").sortValue("1").build());

        assertThat(dynamo.requests().requests()).extracting(RecordedRequest::toString).containsExactly("GetItem on Music");
    }

    @Test
    @DisplayName("keeps each response, and times each request from sending to answer, one after the other")
    void keepsResponsesAndTimes(TestDynamoDb dynamo) {
        String table = MusicTable.create(dynamo);
        MusicTable.fill(dynamo, table, 2);

        dynamo.client().getItem(request -> request.tableName(table).key(MusicTable.key("No One You Know", "Song 01")));
        dynamo.client().scan(request -> request.tableName(table));

        var requests = dynamo.requests().requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).response()).isInstanceOf(GetItemResponse.class);
        assertThat(requests.get(1).responseField("Count", Integer.class)).contains(2);
        assertThat(requests.get(0).answeredNanos()).isGreaterThanOrEqualTo(requests.get(0).sentNanos());
        assertThat(requests.get(1).sentNanos()).isGreaterThanOrEqualTo(requests.get(0).answeredNanos());
        assertThat(requests.get(1).answeredNanos()).isGreaterThanOrEqualTo(requests.get(1).sentNanos());
        assertThat(dynamo.requests().pausedAfter(request -> true))
                .isEqualTo(Duration.ofNanos(requests.get(1).sentNanos() - requests.get(0).answeredNanos()));
    }

    @Test
    @DisplayName("records a request that DynamoDB rejected, without a response")
    void recordsRejectedRequest(TestDynamoDb dynamo) {
        String missing = dynamo.tableName("Missing");

        Throwable thrown = catchThrowable(() -> dynamo.client().getItem(request -> request.tableName(missing)
                .key(MusicTable.key("A", "1"))));

        assertThat(thrown).isInstanceOf(ResourceNotFoundException.class);
        RecordedRequest rejected = dynamo.requests().requests().get(0);
        assertThat(rejected).hasToString("GetItem on Missing");
        assertThat(rejected.response()).isNull();
        assertThat(rejected.answeredNanos()).isEqualTo(RecordedRequest.UNANSWERED);
    }

    @Test
    @DisplayName("records a request once, however often the SDK retries it")
    void recordsRetriedRequestOnce(TestDynamoDb dynamo) {
        String table = MusicTable.create(dynamo);
        FirstAttemptFailsWith500 flaky = new FirstAttemptFailsWith500();
        dynamo.intercept(flaky);

        dynamo.client().getItem(request -> request.tableName(table).key(MusicTable.key("A", "1")));

        assertThat(flaky.attempts()).as("HTTP attempts: the first one failed, so the SDK retried").isEqualTo(2);
        assertThat(dynamo.requests().requests()).hasSize(1)
                .first().satisfies(request -> assertThat(request.response()).isInstanceOf(GetItemResponse.class));
    }

    @Test
    @DisplayName("forgetRequests forgets what was recorded so far, and records on after it")
    void forgetRequests(TestDynamoDb dynamo) {
        String table = MusicTable.create(dynamo);
        dynamo.client().scan(request -> request.tableName(table));

        dynamo.forgetRequests();
        dynamo.client().getItem(request -> request.tableName(table).key(MusicTable.key("A", "1")));

        assertThat(dynamo.requests().requests()).extracting(RecordedRequest::toString).containsExactly("GetItem on Music");
    }

    @Test
    @DisplayName("a log already taken does not change with later requests")
    void logIsASnapshot(TestDynamoDb dynamo) {
        String table = MusicTable.create(dynamo);
        dynamo.client().scan(request -> request.tableName(table));

        RequestLog before = dynamo.requests();
        dynamo.client().scan(request -> request.tableName(table));
        dynamo.forgetRequests();

        assertThat(before.requests()).hasSize(1);
    }

    /** Turns the first HTTP response into a 500, which the SDK retries. */
    private static final class FirstAttemptFailsWith500 implements ExecutionInterceptor {
        private final AtomicInteger attempts = new AtomicInteger();

        @Override
        public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context,
                                                  ExecutionAttributes executionAttributes) {
            return attempts.getAndIncrement() == 0
                    ? context.httpResponse().toBuilder().statusCode(500).build()
                    : context.httpResponse();
        }

        int attempts() {
            return attempts.get();
        }
    }
}
