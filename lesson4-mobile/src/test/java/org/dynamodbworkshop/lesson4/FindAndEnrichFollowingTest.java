package org.dynamodbworkshop.lesson4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.HEAVY_TEST_SECONDS;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.LARGE;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.STAR;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.follows;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.photo;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.user;
import static org.dynamodbworkshop.testkit.RequestPattern.batchGetItem;
import static org.dynamodbworkshop.testkit.RequestPattern.query;
import static org.dynamodbworkshop.testkit.StudentCode.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.ReadCost;
import org.dynamodbworkshop.testkit.RecordedRequest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.RequestLog;
import org.dynamodbworkshop.testkit.RequestPattern;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.dynamodbworkshop.testkit.UnprocessedKeysInjector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@LessonTest
@Tag("4.10")
@DisplayName("4.10 The users someone follows, with their profiles")
class FindAndEnrichFollowingTest {

    private static final String ADVICE = "Find the friendships with one Query on the inverted index, then read all"
            + " the profiles with one BatchGetItem (not a GetItem each), and send a BatchGetItem again only for the"
            + " keys DynamoDB returns as UnprocessedKeys.";

    /** The most keys DynamoDB takes in one BatchGetItem. */
    private static final int MOST_KEYS = 100;

    private static final RequestPattern QUERY_ON_INDEX = query(QuickPhotosFixture.TABLE)
            .onIndex(QuickPhotosFixture.INDEX);

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
    @DisplayName("returns the profiles of a user who follows 150 users, in two BatchGetItems of at most 100 keys")
    void readsProfilesInBatchesOfAHundred(TestDynamoDb dynamo) {
        List<User> followed = new ArrayList<>();
        List<Object> entities = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            User user = user(String.format("user%03d", i), 1, 0);
            followed.add(user);
            entities.add(user);
            entities.add(follows("alice", user.getUsername(), "2024-01-10T00:00:00"));
        }
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo).with(user("alice", 0, followed.size()))
                .withAll(entities);
        QuickPhotosApp app = photos.app();
        List<List<User>> returned = new ArrayList<>();

        Throwable thrown = catchThrowable(() -> returned.add(app.findAndEnrichFollowing("alice")));

        assertNoBatchAboveMostKeys(dynamo);
        rethrow(thrown);
        Elements.returnedBy("findAndEnrichFollowing(\"alice\"), who follows 150 users", "profile", returned.get(0))
                .because("The profiles of the 150 users alice follows, ordered by username.")
                .showingRequestsOf(dynamo)
                .inOrder(followed);
        RequestBudget.exactly(1, QUERY_ON_INDEX)
                .andExactly(2, batchGetItem(QuickPhotosFixture.TABLE))
                .orElseAdvise("Find the friendships with one Query on the inverted index, then read the 150"
                        + " profiles with two BatchGetItem requests of up to 100 keys each.")
                .assertMetBy(dynamo.requests());
        assertEachKeyAskedOnce(dynamo, followed.size());
    }

    @Test
    @Timeout(HEAVY_TEST_SECONDS)
    @DisplayName("returns the profiles of everyone a user follows when the friendships pass 1 MB, following"
            + " LastEvaluatedKey")
    void followsPages(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withLargeDataSet(dynamo);
        ReadCost cost = photos.costOfFollowing(STAR);
        QuickPhotosApp app = photos.app();
        List<List<User>> returned = new ArrayList<>();

        Throwable thrown = catchThrowable(() -> returned.add(app.findAndEnrichFollowing(STAR)));

        assertNoBatchAboveMostKeys(dynamo);
        rethrow(thrown);
        Elements.returnedBy("findAndEnrichFollowing(\"" + STAR + "\")", "profile", returned.get(0))
                .because("The " + LARGE + " friendships pass 1 MB: the Query's first response stops at 1 MB with a"
                        + " LastEvaluatedKey; ask again from there (ExclusiveStartKey) until there is none, then read"
                        + " every profile.")
                .showingRequestsOf(dynamo)
                .inOrder(QuickPhotosFixture.largeFollowed());
        int fullBatches = (LARGE + MOST_KEYS - 1) / MOST_KEYS;
        RequestBudget.atLeast(1, QUERY_ON_INDEX)
                .andAtLeast(fullBatches, batchGetItem(QuickPhotosFixture.TABLE))
                .orElseAdvise(ADVICE)
                .assertMetBy(dynamo.requests());
        // The profiles' reads are checked apart: the read cost is the friendships' only.
        RequestBudget.reading(QUERY_ON_INDEX, cost)
                .orElseAdvise("Query the friendships one page at a time, one request a page, as in 4.9; a small Limit"
                        + " only makes more requests.")
                .assertMetBy(new RequestLog(dynamo.requests().matching(QUERY_ON_INDEX)));
        assertEachKeyAskedOnce(dynamo, LARGE);
    }

    @Test
    @DisplayName("returns an empty list for a user who follows nobody, without a BatchGetItem")
    void returnsNothingForUserWhoFollowsNobody(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo).with(
                user("alice", 1, 0), user("bob", 0, 1), follows("bob", "alice", "2024-01-01T00:00:00"));
        QuickPhotosApp app = photos.app();
        List<List<User>> returned = new ArrayList<>();

        Throwable thrown = catchThrowable(() -> returned.add(app.findAndEnrichFollowing("alice")));

        RequestBudget.exactly(1, QUERY_ON_INDEX)
                .orElseAdvise("With no friendships there are no profiles to read: DynamoDB rejects a BatchGetItem"
                        + " without keys, so send none.")
                .assertMetBy(dynamo.requests());
        rethrow(thrown);
        Elements.returnedBy("findAndEnrichFollowing(\"alice\"), who follows nobody", "profile", returned.get(0))
                .showingRequestsOf(dynamo)
                .isEmpty();
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

    /** Each BatchGetItem asked for 1 to 100 keys; checked before what the code threw, which it explains. */
    private static void assertNoBatchAboveMostKeys(TestDynamoDb dynamo) {
        List<RecordedRequest> batchGets = batchGets(dynamo);
        for (int i = 0; i < batchGets.size(); i++) {
            assertThat(batchGets.get(i).size())
                    .as("the keys in BatchGetItem request %d of %d: DynamoDB takes at most %d keys in one request and"
                            + " rejects a request with more. Send the keys in groups of up to %d, one BatchGetItem"
                            + " each", i + 1, batchGets.size(), MOST_KEYS, MOST_KEYS)
                    .isBetween(1, MOST_KEYS);
        }
    }

    /** The BatchGetItem requests asked for each profile once, no key twice. */
    private static void assertEachKeyAskedOnce(TestDynamoDb dynamo, int profiles) {
        List<RecordedRequest> batchGets = batchGets(dynamo);
        assertThat(batchGets.stream().mapToInt(RecordedRequest::size).sum())
                .as("the keys asked for over all %d BatchGetItem requests: each of the %d profiles once",
                        batchGets.size(), profiles)
                .isEqualTo(profiles);
    }

    /** Lets through what the code threw, once the checks that explain it better have passed. */
    private static void rethrow(Throwable thrown) {
        if (thrown instanceof RuntimeException exception) {
            throw exception;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            throw new IllegalStateException(thrown);
        }
    }
}
