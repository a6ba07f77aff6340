package org.dynamodbworkshop.lesson4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.NOW_TIMESTAMP;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.HEAVY_TEST_SECONDS;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.follows;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.user;
import static org.dynamodbworkshop.testkit.RequestPattern.transactWriteItems;
import static org.dynamodbworkshop.testkit.StudentCode.catchThrowable;
import static org.dynamodbworkshop.testkit.StudentCode.expectThrown;
import static org.dynamodbworkshop.testkit.StudentCode.expectThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.dynamodbworkshop.testkit.ConflictingTransaction;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

@LessonTest
@Tag("4.13")
@DisplayName("4.13 Follow a user")
class FollowUserTest {

    private static final String ADVICE = "Write the friendship and both counters in ONE TransactWriteItems with three"
            + " actions: put the friendship only if it is new, add one to the followed user's followers, add one to"
            + " the follower's following.";

    /** alice follows carol; bob follows alice and carol. */
    private static final List<Friendship> FRIENDSHIPS = List.of(
            follows("alice", "carol", "2024-01-01T00:00:00"),
            follows("bob", "alice", "2024-01-02T00:00:00"),
            follows("bob", "carol", "2024-01-03T00:00:00"));

    @Test
    @DisplayName("stores the friendship and adds one to the followed user's followers and the follower's following")
    void storesFriendshipAndCountsIt(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = threeFriends(dynamo);

        Friendship friendship = photos.app().followUser("alice", "bob");

        Friendship expected = follows("alice", "bob", NOW_TIMESTAMP);
        assertThat(friendship).as("the friendship followUser(\"alice\", \"bob\") returns, begun at the clock's time")
                .isEqualTo(expected);
        List<Friendship> all = new ArrayList<>(FRIENDSHIPS);
        all.add(expected);
        Elements.heldBy("the table after followUser(\"alice\", \"bob\")", "friendship", photos.storedFriendships())
                .inAnyOrder(all);
        photos.items().assertStored("bob, now followed by alice (followers one up, following as it was)",
                photos.storedUser("bob"), user("bob", 1, 2), User.keyAttributes("bob"));
        photos.items().assertStored("alice, who now follows bob (following one up, followers as it was)",
                photos.storedUser("alice"), user("alice", 1, 2), User.keyAttributes("alice"));
        assertThat(photos.storedUser("carol")).as("carol, who has nothing to do with it").contains(user("carol", 2, 0));
        oneTransaction(dynamo);
    }

    @Test
    @DisplayName("refuses a second follow with AlreadyFollowingException, telling since when, and changes no counter")
    void refusesSecondFollow(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = threeFriends(dynamo);

        AlreadyFollowingException thrown = expectThrows(AlreadyFollowingException.class,
                "followUser when bob follows alice a second time", dynamo,
                () -> photos.app().followUser("bob", "alice"));

        assertThat(thrown.since()).as("AlreadyFollowingException.since(): when bob began"
                + " to follow alice. The cancellation reason of the failed Put carries the existing item when the Put"
                + " asks for ReturnValuesOnConditionCheckFailure ALL_OLD").isEqualTo("2024-01-02T00:00:00");
        Elements.heldBy("the table after the refused follow", "friendship", photos.storedFriendships())
                .inAnyOrder(FRIENDSHIPS);
        assertThat(photos.storedUser("alice")).as("alice's counters, which must not change").contains(user("alice", 1, 1));
        assertThat(photos.storedUser("bob")).as("bob's counters, which must not change").contains(user("bob", 0, 2));
        oneTransaction(dynamo);
    }

    @Test
    @DisplayName("refuses to let a user follow themselves with IllegalArgumentException, before any request")
    void refusesToFollowOneself(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = threeFriends(dynamo);

        expectThrows(IllegalArgumentException.class, "followUser(\"alice\", \"alice\")", dynamo,
                () -> photos.app().followUser("alice", "alice"));

        assertThat(dynamo.requests().requests()).as("the requests made: check the arguments first. DynamoDB rejects"
                + " a transaction with two actions on one item, and following oneself makes no sense").isEmpty();
        Elements.heldBy("the table", "counter mismatch", photos.counterMismatches()).isEmpty();
    }

    @Test
    @DisplayName("refuses to follow a user who does not exist with UserNotFoundException, and writes nothing")
    void refusesMissingUser(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = threeFriends(dynamo);
        var before = photos.storedItems();

        expectThrows(UserNotFoundException.class, "followUser(\"alice\", \"zoe\") when there is no zoe", dynamo,
                () -> photos.app().followUser("alice", "zoe"));

        Elements.heldBy("the table after the refused follow", "item", photos.storedItems())
                .showing(item -> QuickPhotosFixture.keyOf(item) + " " + item)
                .because("The items must not change: no friendship with zoe, no half-made profile for her (UpdateItem"
                        + " creates the item unless a condition stops it), alice's counters as they were.")
                .inOrder(before);
        oneTransaction(dynamo);
    }

    @Test
    @DisplayName("lets the TransactionCanceledException of a conflicting transaction through (or tries again),"
            + " never reporting it as a missing user or a second follow")
    void letsConflictThrough(TestDynamoDb dynamo) {
        dynamo.intercept(new ConflictingTransaction(User.keyAttributes("carol")));
        QuickPhotosFixture photos = threeFriends(dynamo);
        var before = photos.storedItems();

        Throwable thrown = catchThrowable(() -> photos.app().followUser("alice", "carol"));

        if (thrown == null) {
            // Tried again after the conflict: the second transaction went through.
            Elements.heldBy("the table after a follow tried again after a conflict", "friendship",
                    photos.storedFriendships()).hasSize(FRIENDSHIPS.size() + 1);
            Elements.heldBy("the table", "counter mismatch", photos.counterMismatches()).isEmpty();
            return;
        }
        expectThrown(TransactionCanceledException.class, "followUser cancelled by a conflicting transaction", thrown,
                "DynamoDB cancelled the transaction because another one was changing carol's profile (reasons: None,"
                        + " TransactionConflict, None): no condition failed, so both users exist and the follow is"
                        + " new. Throw the TransactionCanceledException itself, and the caller may try again.");
        Elements.heldBy("the table after the cancelled follow", "item", photos.storedItems())
                .showing(item -> QuickPhotosFixture.keyOf(item) + " " + item)
                .because("A cancelled transaction changes nothing.")
                .inOrder(before);
        oneTransaction(dynamo);
    }

    @Test
    @DisplayName("a crash after the first write request leaves the friendships and the counters in agreement")
    void survivesCrashAfterFirstWrite(TestDynamoDb dynamo) {
        dynamo.intercept(new CrashAfterFirstWrite());
        QuickPhotosFixture photos = threeFriends(dynamo);

        catchThrowable(() -> photos.app().followUser("carol", "bob"));

        Elements.heldBy("the table after the app crashed between two write requests", "counter mismatch",
                        photos.counterMismatches())
                .because("Written in separate requests, the friendship and the counters part ways; in one transaction"
                        + " they cannot.")
                .isEmpty();
    }

    @Test
    @Timeout(HEAVY_TEST_SECONDS)
    @DisplayName("after 300 random follows from several threads, every counter equals the number of friendships")
    void countersStayRightUnderConcurrency(TestDynamoDb dynamo) {
        List<String> usernames = List.of("alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi");
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo);
        usernames.forEach(username -> photos.with(user(username)));
        List<String> candidates = new ArrayList<>(usernames);
        candidates.add("zoe");
        QuickPhotosApp app = photos.app();

        Random random = new Random(413);
        List<ThrowingCallable> calls = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        int selfFollows = 0;
        int withMissingUser = 0;
        for (int i = 0; i < 300; i++) {
            String follower = candidates.get(random.nextInt(candidates.size()));
            String followed = candidates.get(random.nextInt(candidates.size()));
            if (follower.equals(followed)) {
                selfFollows++;
            } else if (follower.equals("zoe") || followed.equals("zoe")) {
                withMissingUser++;
            } else {
                distinct.add(follower + " " + followed);
            }
            calls.add(() -> app.followUser(follower, followed));
        }

        List<Throwable> outcomes = Concurrently.run(calls);

        List<Throwable> unexpected = outcomes.stream()
                .filter(thrown -> thrown != null && !(thrown instanceof AlreadyFollowingException)
                        && !(thrown instanceof UserNotFoundException) && !(thrown instanceof IllegalArgumentException)
                        && !(!dynamo.isEmbeddedLocal() && Concurrently.isTransactionConflict(thrown)))
                .toList();
        Elements.returnedBy("the 300 concurrent followUser calls", "exception", unexpected)
                .because("None but AlreadyFollowingException, UserNotFoundException and IllegalArgumentException.")
                .isEmpty();
        Elements.heldBy("the table after 300 concurrent follows", "counter mismatch", photos.counterMismatches())
                .isEmpty();
        assertThat(photos.storedUser("zoe")).as("a profile for zoe, who does not exist").isEmpty();
        assertThat(outcomes.stream().filter(IllegalArgumentException.class::isInstance).count())
                .as("follows of oneself refused").isEqualTo(selfFollows);
        if (dynamo.isEmbeddedLocal()) {
            // DynamoDB Local runs transactions one at a time, so the outcome is exact.
            assertThat(outcomes.stream().filter(thrown -> thrown == null).count())
                    .as("follows accepted: one per distinct pair of users").isEqualTo(distinct.size());
            assertThat(outcomes.stream().filter(UserNotFoundException.class::isInstance).count())
                    .as("follows refused because a user does not exist").isEqualTo(withMissingUser);
            Elements.heldBy("the table after 300 concurrent follows", "friendship", photos.storedFriendships())
                    .because("One per distinct pair of users.")
                    .hasSize(distinct.size());
        }
    }

    /** alice (1 follower, following 1), bob (0, 2), carol (2, 0), with their friendships. */
    private static QuickPhotosFixture threeFriends(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo)
                .with(user("alice", 1, 1), user("bob", 0, 2), user("carol", 2, 0));
        FRIENDSHIPS.forEach(photos::with);
        return photos;
    }

    private static void oneTransaction(TestDynamoDb dynamo) {
        RequestBudget.exactly(1, transactWriteItems(QuickPhotosFixture.TABLE)).orElseAdvise(ADVICE)
                .assertMetBy(dynamo.requests());
        assertThat(dynamo.requests().requests().get(0).size())
                .as("the actions in the TransactWriteItems: the friendship and the two counters").isEqualTo(3);
    }
}
