package org.dynamodbworkshop.lesson4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.HEAVY_TEST_SECONDS;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.LARGE;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.STAR;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.follows;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.photo;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.reaction;
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
@Tag("4.5")
@DisplayName("4.5 Fetch a user and their photos")
class FetchUserAndPhotosTest {

    private static final RequestBudget ONE_QUERY = RequestBudget.exactly(1, query(QuickPhotosFixture.TABLE))
            .orElseAdvise("The profile and the photos share a partition key (USER#<username>): one Query reads both."
                    + " A GetItem for the profile and a Query for the photos is two requests.");

    private static final Photo FIRST = photo("alice", "2024-02-01T09:00:00", 1, 0, 0, 0);
    private static final Photo SECOND = photo("alice", "2024-02-14T18:30:00");
    private static final Photo THIRD = photo("alice", "2024-03-09T07:15:42");

    @Test
    @DisplayName("returns the profile and the photos, oldest first, in one Query that reads no friendship items")
    void returnsProfileAndPhotosOnly(TestDynamoDb dynamo) {
        User alice = user("alice", 2, 0);
        QuickPhotosFixture photos = QuickPhotosFixture.withoutIndex(dynamo).with(
                alice, THIRD, FIRST, SECOND, user("bob", 0, 1), user("carol", 0, 1),
                follows("bob", "alice", "2024-01-05T10:00:00"), follows("carol", "alice", "2024-01-06T10:00:00"),
                photo("bob", "2024-02-20T12:00:00"), reaction("bob", ReactionType.PLUS_ONE, FIRST, "2024-02-02T10:00:00"));

        var result = photos.app().fetchUserAndPhotos("alice");

        UserAndPhotos found = photos.items().assertFound("fetchUserAndPhotos(\"alice\")", result,
                User.keyAttributes("alice"));
        assertThat(found.user()).as("the profile").isEqualTo(alice);
        Elements.returnedBy("fetchUserAndPhotos(\"alice\")", "photo", found.photos())
                .because("alice's photos, oldest first.")
                .showingRequestsOf(dynamo)
                .inOrder(List.of(FIRST, SECOND, THIRD));
        RequestBudget.exactly(1, query(QuickPhotosFixture.TABLE))
                .readingNoMoreThan(1 + found.photos().size())
                .orElseAdvise("One Query reads the profile and the photos, which share the partition key"
                        + " USER#<username>: a GetItem and a Query is two requests. The friendship items (#FRIEND#...)"
                        + " sort before #METADATA#, so a key condition with a range from #METADATA#<username> leaves"
                        + " them out; dropping them in Java would still read them.")
                .assertMetBy(dynamo.requests());
    }

    @Test
    @Timeout(HEAVY_TEST_SECONDS)
    @DisplayName("returns every photo of a user whose photos pass 1 MB, following LastEvaluatedKey")
    void followsPages(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withLargeDataSet(dynamo);
        ReadCost cost = ReadCost.ofQuery(dynamo, "the profile and " + LARGE + " photos of " + STAR,
                QueryRequest.builder().tableName(photos.tableName())
                        .keyConditionExpression("PK = :pk AND SK BETWEEN :metadata AND :photos")
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(User.partitionKey(STAR)),
                                ":metadata", AttributeValue.fromS(User.sortKey(STAR)),
                                ":photos", AttributeValue.fromS("PHOTO$")))
                        .build());

        var result = photos.app().fetchUserAndPhotos(STAR);

        String call = "fetchUserAndPhotos(\"" + STAR + "\")";
        assertThat(result).as("%s, a user with %d photos", call, LARGE).isPresent();
        assertThat(result.get().user()).as("the profile").isEqualTo(QuickPhotosFixture.largeStar());
        Elements.returnedBy(call, "photo", result.get().photos())
                .because("The " + LARGE + " photos pass 1 MB: the Query's first response stops at 1 MB with a"
                        + " LastEvaluatedKey; ask again from there (ExclusiveStartKey) until there is none.")
                .showingRequestsOf(dynamo)
                .inOrder(QuickPhotosFixture.largePhotos());
        RequestBudget.reading(query(QuickPhotosFixture.TABLE), cost)
                .orElseAdvise("One Query of the profile and the photos, one request a page.")
                .assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns the profile and no photos for a user who has not uploaded any")
    void returnsProfileWithoutPhotos(TestDynamoDb dynamo) {
        User bob = user("bob", 1, 0);
        QuickPhotosFixture photos = QuickPhotosFixture.withoutIndex(dynamo).with(
                user("alice", 0, 1), bob, FIRST, follows("alice", "bob", "2024-01-05T10:00:00"));

        var result = photos.app().fetchUserAndPhotos("bob");

        photos.items().assertReturned("fetchUserAndPhotos(\"bob\")", result, new UserAndPhotos(bob, List.of()),
                User.keyAttributes("bob"));
        ONE_QUERY.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns an empty Optional for a username nobody has")
    void returnsNothingForUnknownUser(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withoutIndex(dynamo).with(user("alice"), FIRST);

        var result = photos.app().fetchUserAndPhotos("zoe");

        assertThat(result).as("fetchUserAndPhotos for a username that is not in the table").isEmpty();
        ONE_QUERY.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("works on items loaded from a file in the tutorial's own items.json format")
    void worksOnTutorialFormat(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withoutIndex(dynamo).withTutorialFormatFile();

        var result = photos.app().fetchUserAndPhotos("renatalopes");

        User renata = user("renatalopes");
        renata.setName("Renata Lopes");
        renata.setEmail("renata.lopes@example.com");
        renata.setBirthdate("1987-03-14");
        renata.setAddress("48 Quarry Lane, Northfield");
        renata.setStatus("Back on the river");
        renata.setInterests(List.of("kayaking", "photography"));
        renata.setFollowers(2);
        renata.setFollowing(1);
        renata.setPinnedImage("PHOTO#renatalopes#2019-06-02T09:15:40");
        UserAndPhotos found = photos.items().assertFound("fetchUserAndPhotos(\"renatalopes\") on the tutorial-format"
                + " file", result, User.keyAttributes("renatalopes"));
        assertThat(found.user()).as("the profile from the file").isEqualTo(renata);
        Elements.returnedBy("fetchUserAndPhotos(\"renatalopes\")", "photo timestamp",
                        found.photos().stream().map(Photo::getTimestamp).toList())
                .because("renatalopes's photos from the file, oldest first.")
                .showingRequestsOf(dynamo)
                .inOrder(List.of("2019-03-21T18:02:11", "2019-06-02T09:15:40", "2019-08-30T07:45:03"));
        assertThat(found.photos().get(1).getReactions()).as("the reactions map of the second photo")
                .containsEntry("heart", 2).containsEntry("sunglasses", 1);
        ONE_QUERY.assertMetBy(dynamo.requests());
    }
}
