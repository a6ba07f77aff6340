package org.dynamodbworkshop.lesson4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.HEAVY_TEST_SECONDS;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.LARGE;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.STAR;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.follows;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.photo;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.user;
import static org.dynamodbworkshop.testkit.RequestPattern.query;

import java.util.List;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.ReadCost;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@LessonTest
@Tag("4.9")
@DisplayName("4.9 The users someone follows")
class FindFollowingTest {

    private static final String ADVICE = "A Friendship item's sort key is #FRIEND#<follower>: in the inverted index"
            + " that is the partition key, so one Query on the index finds everyone a user follows.";

    @Test
    @DisplayName("returns the friendships in which the user follows someone, in one Query on the index")
    void returnsWhomTheUserFollows(TestDynamoDb dynamo) {
        List<Friendship> aliceFollows = List.of(
                follows("alice", "bob", "2024-01-02T00:00:00"), follows("alice", "carol", "2024-01-03T00:00:00"),
                follows("alice", "dave", "2024-01-04T00:00:00"));
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo).with(
                user("alice", 1, 3), user("bob", 1, 1), user("carol", 1, 0), user("dave", 2, 0),
                follows("bob", "alice", "2024-01-01T00:00:00"), follows("bob", "dave", "2024-01-05T00:00:00"),
                photo("alice", "2024-02-01T09:00:00"));
        aliceFollows.forEach(photos::with);

        List<Friendship> following = photos.app().findFollowing("alice");

        Elements.returnedBy("findFollowing(\"alice\")", "friendship", following)
                .because("The friendships with alice as the follower, in any order.")
                .showingRequestsOf(dynamo)
                .inAnyOrder(aliceFollows);
        oneQueryOnIndex(1).assertMetBy(dynamo.requests());
    }

    @Test
    @Timeout(HEAVY_TEST_SECONDS)
    @DisplayName("returns every user followed by someone whose friendships pass 1 MB, following LastEvaluatedKey")
    void followsPages(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withLargeDataSet(dynamo);
        ReadCost cost = photos.costOfFollowing(STAR);

        List<Friendship> following = photos.app().findFollowing(STAR);

        Elements.returnedBy("findFollowing(\"" + STAR + "\")", "friendship", following)
                .because("The " + LARGE + " friendships pass 1 MB: the Query's first response stops at 1 MB with a"
                        + " LastEvaluatedKey; ask again from there (ExclusiveStartKey) until there is none.")
                .showingRequestsOf(dynamo)
                .inAnyOrder(QuickPhotosFixture.largeFollowing());
        RequestBudget.reading(query(QuickPhotosFixture.TABLE).onIndex(QuickPhotosFixture.INDEX), cost)
                .orElseAdvise(ADVICE)
                .assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns an empty list for a user who follows nobody")
    void returnsNothingForUserWhoFollowsNobody(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo).with(
                user("alice", 1, 0), user("bob", 0, 1), follows("bob", "alice", "2024-01-01T00:00:00"));

        List<Friendship> following = photos.app().findFollowing("alice");

        Elements.returnedBy("findFollowing(\"alice\"), who follows nobody (but has a follower)", "friendship",
                        following)
                .showingRequestsOf(dynamo)
                .isEmpty();
        oneQueryOnIndex(1).assertMetBy(dynamo.requests());
    }

    @Test
    @Timeout(HEAVY_TEST_SECONDS)
    @DisplayName("on the lesson's data set, each user follows as many users as their following counter says")
    void agreesWithCountersOnDataSet(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo).withDataSet();
        List<User> users = photos.storedItems().stream().filter(QuickPhotosFixture::isUser)
                .map(User.TABLE_SCHEMA::mapToItem).toList();
        assertThat(users).as("the users of the data set").hasSize(20);
        QuickPhotosApp app = photos.app();

        for (User user : users) {
            List<Friendship> following = app.findFollowing(user.getUsername());

            Elements.returnedBy("findFollowing(\"" + user.getUsername() + "\")", "friendship", following)
                    .because("The user's following counter is " + user.getFollowing() + ".")
                    .showingRequestsOf(dynamo)
                    .hasSize(user.getFollowing());
            for (Friendship friendship : following) {
                assertThat(friendship.getFollowingUser())
                        .as("the follower of %s, which findFollowing(\"%s\") returned", friendship, user.getUsername())
                        .isEqualTo(user.getUsername());
            }
        }
        oneQueryOnIndex(users.size()).assertMetBy(dynamo.requests());
    }

    private static RequestBudget oneQueryOnIndex(int calls) {
        return RequestBudget.exactly(calls, query(QuickPhotosFixture.TABLE).onIndex(QuickPhotosFixture.INDEX))
                .orElseAdvise(ADVICE);
    }
}
