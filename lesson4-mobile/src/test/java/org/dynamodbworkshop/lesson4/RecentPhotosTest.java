package org.dynamodbworkshop.lesson4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.follows;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.photo;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.user;
import static org.dynamodbworkshop.testkit.RequestPattern.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RecordedRequest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
                .orElseAdvise("One Query of the user's photos, read backwards (ScanIndexForward false) and stopped"
                        + " after the limit.")
                .assertMetBy(dynamo.requests());
        RecordedRequest request = dynamo.requests().matching(query(QuickPhotosFixture.TABLE)).get(0);
        assertThat(request.responseField("ScannedCount", Integer.class).orElseThrow())
                .as("the items the Query read (ScannedCount): set Limit on the request, so DynamoDB stops after"
                        + " %d items instead of reading them all for the code to cut the list short", limit)
                .isLessThanOrEqualTo(limit);
    }
}
