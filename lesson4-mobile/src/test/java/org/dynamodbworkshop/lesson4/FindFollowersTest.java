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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

@LessonTest
@Tag("4.11")
@DisplayName("4.11 A user's followers")
class FindFollowersTest {

    private static final String ADVICE = "A user's followers are Friendship items in the user's own partition"
            + " (USER#<username>), with sort keys starting #FRIEND#: one Query on the table.";

    @Test
    @DisplayName("returns the friendships in which the user is followed, in one Query that reads nothing else")
    void returnsFollowersOnly(TestDynamoDb dynamo) {
        List<Friendship> aliceFollowers = List.of(
                follows("bob", "alice", "2024-01-02T00:00:00"), follows("carol", "alice", "2024-01-03T00:00:00"));
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo).with(
                user("alice", 2, 1), user("bob", 1, 1), user("carol", 0, 1),
                follows("alice", "bob", "2024-01-04T00:00:00"),
                photo("alice", "2024-02-01T09:00:00"), photo("alice", "2024-02-02T09:00:00"));
        aliceFollowers.forEach(photos::with);

        List<Friendship> followers = photos.app().findFollowers("alice");

        Elements.returnedBy("findFollowers(\"alice\")", "friendship", followers)
                .because("The friendships in which alice is followed, in any order.")
                .showingRequestsOf(dynamo)
                .inAnyOrder(aliceFollowers);
        RequestBudget.exactly(1, query(QuickPhotosFixture.TABLE))
                .readingNoMoreThan(followers.size())
                .orElseAdvise(ADVICE + " Put begins_with(SK, :prefix) in the key condition: reading the partition and"
                        + " keeping the friendships in Java reads the profile and the photos too.")
                .assertMetBy(dynamo.requests());
    }

    @Test
    @Timeout(HEAVY_TEST_SECONDS)
    @DisplayName("returns every follower of a user whose followers pass 1 MB, following LastEvaluatedKey")
    void followsPages(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withLargeDataSet(dynamo);
        ReadCost cost = ReadCost.ofQuery(dynamo, "the " + LARGE + " friendships in which " + STAR + " is followed",
                QueryRequest.builder()
                        .tableName(photos.tableName())
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :friends)")
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(User.partitionKey(STAR)),
                                ":friends", AttributeValue.fromS(QuickPhotosTable.FRIEND_PREFIX)))
                        .build());

        List<Friendship> followers = photos.app().findFollowers(STAR);

        Elements.returnedBy("findFollowers(\"" + STAR + "\")", "friendship", followers)
                .because("The " + LARGE + " friendships pass 1 MB: the Query's first response stops at 1 MB with a"
                        + " LastEvaluatedKey; ask again from there (ExclusiveStartKey) until there is none.")
                .showingRequestsOf(dynamo)
                .inAnyOrder(QuickPhotosFixture.largeFollowers());
        RequestBudget.reading(query(QuickPhotosFixture.TABLE), cost)
                .orElseAdvise(ADVICE)
                .assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns an empty list for a user nobody follows")
    void returnsNothingForUserWithoutFollowers(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo).with(
                user("alice", 0, 1), user("bob", 1, 0), follows("alice", "bob", "2024-01-01T00:00:00"),
                photo("alice", "2024-02-01T09:00:00"));

        List<Friendship> followers = photos.app().findFollowers("alice");

        Elements.returnedBy("findFollowers(\"alice\"), whom nobody follows (she follows someone)", "friendship",
                        followers)
                .showingRequestsOf(dynamo)
                .isEmpty();
        RequestBudget.exactly(1, query(QuickPhotosFixture.TABLE)).orElseAdvise(ADVICE).assertMetBy(dynamo.requests());
    }

    @Test
    @Timeout(HEAVY_TEST_SECONDS)
    @DisplayName("on the lesson's data set, each user has as many followers as their followers counter says")
    void agreesWithCountersOnDataSet(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo).withDataSet();
        List<User> users = photos.storedItems().stream().filter(QuickPhotosFixture::isUser)
                .map(User.TABLE_SCHEMA::mapToItem).toList();
        assertThat(users).as("the users of the data set").hasSize(20);
        QuickPhotosApp app = photos.app();

        for (User user : users) {
            List<Friendship> followers = app.findFollowers(user.getUsername());

            Elements.returnedBy("findFollowers(\"" + user.getUsername() + "\")", "friendship", followers)
                    .because("The user's followers counter is " + user.getFollowers() + ".")
                    .showingRequestsOf(dynamo)
                    .hasSize(user.getFollowers());
            for (Friendship friendship : followers) {
                assertThat(friendship.getFollowedUser())
                        .as("the followed user of %s, which findFollowers(\"%s\") returned", friendship,
                                user.getUsername())
                        .isEqualTo(user.getUsername());
            }
        }
        RequestBudget.exactly(users.size(), query(QuickPhotosFixture.TABLE)).orElseAdvise(ADVICE)
                .assertMetBy(dynamo.requests());
    }
}
