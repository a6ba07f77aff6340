package org.dynamodbworkshop.lesson4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.follows;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.photo;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.user;
import static org.dynamodbworkshop.testkit.RequestPattern.batchGetItem;
import static org.dynamodbworkshop.testkit.RequestPattern.query;

import java.util.List;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RecordedRequest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.dynamodbworkshop.testkit.UnprocessedKeysInjector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@LessonTest
@Tag("4.10")
@DisplayName("4.10 The users someone follows, with their profiles")
class FindAndEnrichFollowingTest {

    private static final String ADVICE = "Find the friendships with one Query on the inverted index, then read all"
            + " the profiles with one BatchGetItem (not a GetItem each), and send a BatchGetItem again only for the"
            + " keys DynamoDB returns as UnprocessedKeys.";

    @Test
    @DisplayName("returns the followed users' current profiles by username, with one Query and one BatchGetItem")
    void returnsProfilesOfFollowedUsers(TestDynamoDb dynamo) {
        List<User> followed = followedByAlice();
        QuickPhotosFixture photos = aliceFollowing(dynamo, followed);

        List<User> profiles = photos.app().findAndEnrichFollowing("alice");

        Elements.returnedBy("findAndEnrichFollowing(\"alice\")", "profile", profiles)
                .because("The profiles of the users alice follows, as they are now, ordered by username.")
                .showingRequestsOf(dynamo)
                .inOrder(followed);
        RequestBudget.exactly(1, query(QuickPhotosFixture.TABLE).onIndex(QuickPhotosFixture.INDEX))
                .andExactly(1, batchGetItem(QuickPhotosFixture.TABLE))
                .orElseAdvise(ADVICE)
                .assertMetBy(dynamo.requests());
        assertThat(batchGets(dynamo).get(0).size()).as("the keys the BatchGetItem asked for: one per followed user")
                .isEqualTo(followed.size());
    }

    @Test
    @DisplayName("asks again for the keys DynamoDB returns as UnprocessedKeys, and only for those")
    void retriesUnprocessedKeys(TestDynamoDb dynamo) {
        UnprocessedKeysInjector injector = UnprocessedKeysInjector.holdingBack(2, 1);
        dynamo.intercept(injector);
        List<User> followed = followedByAlice();
        QuickPhotosFixture photos = aliceFollowing(dynamo, followed);

        List<User> profiles = photos.app().findAndEnrichFollowing("alice");

        Elements.returnedBy("findAndEnrichFollowing(\"alice\")", "profile", profiles)
                .because("DynamoDB answered the first BatchGetItem with 2 keys unprocessed and the next with 1: a"
                        + " profile is missing unless the code asks again for UnprocessedKeys.")
                .showingRequestsOf(dynamo)
                .inOrder(followed);
        RequestBudget.exactly(1, query(QuickPhotosFixture.TABLE).onIndex(QuickPhotosFixture.INDEX))
                .andAtLeast(1, batchGetItem(QuickPhotosFixture.TABLE))
                .orElseAdvise(ADVICE)
                .assertMetBy(dynamo.requests());
        List<RecordedRequest> batchGets = batchGets(dynamo);
        assertThat(batchGets.get(0).size()).as("the keys the first BatchGetItem asked for: one per followed user")
                .isEqualTo(followed.size());
        assertThat(batchGets.stream().mapToInt(RecordedRequest::size).sum())
                .as("the keys asked for over all %d BatchGetItem requests: each profile once, plus each key again"
                        + " that came back unprocessed (%d)", batchGets.size(), injector.heldBack())
                .isEqualTo(followed.size() + injector.heldBack());
    }

    @Test
    @DisplayName("returns an empty list for a user who follows nobody, without a BatchGetItem")
    void returnsNothingForUserWhoFollowsNobody(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo).with(
                user("alice", 1, 0), user("bob", 0, 1), follows("bob", "alice", "2024-01-01T00:00:00"));

        List<User> profiles = photos.app().findAndEnrichFollowing("alice");

        Elements.returnedBy("findAndEnrichFollowing(\"alice\"), who follows nobody", "profile", profiles)
                .showingRequestsOf(dynamo)
                .isEmpty();
        RequestBudget.exactly(1, query(QuickPhotosFixture.TABLE).onIndex(QuickPhotosFixture.INDEX))
                .orElseAdvise("With no friendships there are no profiles to read: DynamoDB rejects a BatchGetItem"
                        + " without keys.")
                .assertMetBy(dynamo.requests());
    }

    /** The users alice follows, by username, one with a status changed since alice began to follow her. */
    private static List<User> followedByAlice() {
        User bob = user("bob", 2, 1);
        User carol = user("carol", 1, 1);
        carol.setStatus("Changed after alice followed her");
        User dave = user("dave", 1, 0);
        dave.setPinnedImage(Photo.sortKey("dave", "2024-02-01T09:00:00"));
        User erin = user("erin", 1, 0);
        return List.of(bob, carol, dave, erin);
    }

    private static QuickPhotosFixture aliceFollowing(TestDynamoDb dynamo, List<User> followed) {
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo).with(
                user("alice", 1, 4), user("frank", 0, 0),
                follows("bob", "alice", "2024-01-01T00:00:00"), follows("carol", "bob", "2024-01-01T00:00:00"),
                photo("dave", "2024-02-01T09:00:00"));
        followed.forEach(photos::with);
        // Stored in an order other than the usernames'.
        for (String username : List.of("erin", "carol", "bob", "dave")) {
            photos.with(follows("alice", username, "2024-01-10T00:00:00"));
        }
        return photos;
    }

    private static List<RecordedRequest> batchGets(TestDynamoDb dynamo) {
        return dynamo.requests().matching(batchGetItem(QuickPhotosFixture.TABLE));
    }
}
