package org.dynamodbworkshop.lesson4;

import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.HEAVY_TEST_SECONDS;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.LARGE;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.STAR;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.follows;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.photo;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.user;
import static org.dynamodbworkshop.testkit.RequestPattern.query;

import java.util.ArrayList;
import java.util.Collections;
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
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

@LessonTest
@Tag("4.6")
@DisplayName("4.6 A user's most recent photos")
class RecentPhotosTest {

    /** alice's six photos, oldest first; the timestamps sort as text. */
    private static final List<Photo> ALICE_PHOTOS = List.of(
            photo("alice", "2023-12-31T23:59:59"),
            photo("alice", "2024-01-15T08:00:00"),
            photo("alice", "2024-02-01T09:00:00", 0, 2, 0, 1),
            photo("alice", "2024-02-01T09:00:01"),
            photo("alice", "2024-03-10T17:45:00"),
            photo("alice", "2024-11-02T06:30:00"));

    @ParameterizedTest(name = "limit {0}: the newest photos first, at most {0}, in one Query that reads no more")
    @ValueSource(ints = {1, 3, 6, 10})
    void returnsNewestPhotosFirstUpToLimit(int limit, TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withoutIndex(dynamo).with(
                user("alice", 1, 1), user("bob", 1, 1), follows("bob", "alice", "2024-01-01T00:00:00"),
                follows("alice", "bob", "2024-01-01T00:00:00"), photo("bob", "2024-12-01T00:00:00"));
        ALICE_PHOTOS.forEach(photos::with);

        List<Photo> recent = photos.app().recentPhotos("alice", limit);

        List<Photo> newestFirst = new ArrayList<>(ALICE_PHOTOS);
        Collections.reverse(newestFirst);
        Elements.returnedBy("recentPhotos(\"alice\", " + limit + ")", "photo", recent)
                .because("alice's photos, newest first, at most " + limit + " of them.")
                .showingRequestsOf(dynamo)
                .inOrder(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
        RequestBudget.exactly(1, query(QuickPhotosFixture.TABLE))
                .readingNoMoreThan(recent.size())
                .orElseAdvise("One Query of the user's photos, read backwards (ScanIndexForward false) and stopped"
                        + " after the limit: set Limit on the request, so that DynamoDB stops after " + limit
                        + " items instead of reading them all for the code to cut the list short.")
                .assertMetBy(dynamo.requests());
    }

    @Test
    @Timeout(HEAVY_TEST_SECONDS)
    @DisplayName("returns as many photos as the limit asks for when they pass 1 MB, asking on for the rest only")
    void followsPagesUpToLimit(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withLargeDataSet(dynamo);
        int limit = LARGE - 20;
        List<Photo> newestFirst = new ArrayList<>(QuickPhotosFixture.largePhotos());
        Collections.reverse(newestFirst);
        List<Photo> expected = newestFirst.subList(0, limit);
        ReadCost cost = ReadCost.ofQuery(dynamo, "the " + limit + " newest photos of " + STAR, QueryRequest.builder()
                .tableName(photos.tableName())
                .keyConditionExpression("PK = :pk AND SK BETWEEN :oldest AND :newest")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(User.partitionKey(STAR)),
                        ":oldest", AttributeValue.fromS(expected.get(limit - 1).getSk()),
                        ":newest", AttributeValue.fromS(expected.get(0).getSk())))
                .scanIndexForward(false)
                .build());

        List<Photo> recent = photos.app().recentPhotos(STAR, limit);

        Elements.returnedBy("recentPhotos(\"" + STAR + "\", " + limit + ")", "photo", recent)
                .because("The " + limit + " newest photos pass 1 MB: a response stops at 1 MB even before the Limit,"
                        + " with a LastEvaluatedKey. Ask again from there for the photos still missing.")
                .showingRequestsOf(dynamo)
                .inOrder(expected);
        RequestBudget.reading(query(QuickPhotosFixture.TABLE), cost)
                .orElseAdvise("Read backwards with a Limit of the photos still missing, one request a page: a Limit"
                        + " larger than that reads photos the code then throws away.")
                .assertMetBy(dynamo.requests());
    }
}
