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

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.ReadCost;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.dynamodbworkshop.testkit.UnprocessedItemsInjector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

@LessonTest
@Tag("4.8")
@DisplayName("4.8 Fetch a photo and its reactions")
class FetchPhotoAndReactionsTest {

    private static final String ADVICE = "In the inverted index the photo's sort key (PHOTO#<owner>#<timestamp>) is"
            + " the partition key, shared by the photo and its reactions: one Query on the index reads them all.";

    private static final Photo SUNSET = photo("alice", "2024-02-01T09:00:00", 1, 0, 1, 1);
    private static final Photo HARBOR = photo("alice", "2024-02-03T10:00:00", 0, 1, 0, 0);

    @Test
    @DisplayName("returns the photo and every reaction to it, and no other photo's, in one Query on the index")
    void returnsPhotoWithItsReactions(TestDynamoDb dynamo) {
        List<Reaction> sunsetReactions = List.of(
                reaction("bob", ReactionType.PLUS_ONE, SUNSET, "2024-02-01T10:00:00"),
                reaction("bob", ReactionType.HEART, SUNSET, "2024-02-01T10:00:05"),
                reaction("carol", ReactionType.SUNGLASSES, SUNSET, "2024-02-02T08:00:00"));
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo).with(
                user("alice", 2, 0), user("bob", 0, 1), user("carol", 0, 1), SUNSET, HARBOR,
                follows("bob", "alice", "2024-01-01T00:00:00"), follows("carol", "alice", "2024-01-01T00:00:00"),
                reaction("carol", ReactionType.SMILEY, HARBOR, "2024-02-04T08:00:00"));
        sunsetReactions.forEach(photos::with);

        var result = photos.app().fetchPhotoAndReactions("alice", SUNSET.getTimestamp());

        String call = "fetchPhotoAndReactions(\"alice\", \"" + SUNSET.getTimestamp() + "\")";
        PhotoAndReactions found = photos.items().assertFound(call, result,
                Photo.keyAttributes("alice", SUNSET.getTimestamp()));
        assertThat(found.photo()).as("the photo").isEqualTo(SUNSET);
        Elements.returnedBy(call, "reaction", found.reactions())
                .because("Every reaction to the photo, in any order, and no other photo's.")
                .showingRequestsOf(dynamo)
                .inAnyOrder(sunsetReactions);
        oneQueryOnIndex(1).assertMetBy(dynamo.requests());
    }

    @Test
    @Timeout(HEAVY_TEST_SECONDS)
    @DisplayName("returns a photo whose reactions pass 1 MB, with all of them, following LastEvaluatedKey")
    void followsPages(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withLargeDataSet(dynamo);
        Photo photo = QuickPhotosFixture.largePhotos().get(0);
        ReadCost cost = ReadCost.ofQuery(dynamo, "the photo and its " + LARGE + " reactions", QueryRequest.builder()
                .tableName(photos.tableName())
                .indexName(QuickPhotosFixture.INDEX)
                .keyConditionExpression("SK = :photo")
                .expressionAttributeValues(Map.of(":photo", AttributeValue.fromS(photo.getSk())))
                .build());

        var result = photos.app().fetchPhotoAndReactions(STAR, photo.getTimestamp());

        String call = "fetchPhotoAndReactions(\"" + STAR + "\", \"" + photo.getTimestamp() + "\")";
        assertThat(result).as("%s, a photo with %d reactions. In the index its reactions (PK REACTION#...) sort"
                + " before the photo (PK USER#...), and they pass 1 MB: the photo comes on the Query's second page."
                + " Follow LastEvaluatedKey until there is none", call, LARGE).isPresent();
        assertThat(result.get().photo()).as("the photo").isEqualTo(photo);
        Elements.returnedBy(call, "reaction", result.get().reactions())
                .because("Every reaction to the photo, in any order.")
                .showingRequestsOf(dynamo)
                .inAnyOrder(QuickPhotosFixture.largeReactions());
        RequestBudget.reading(query(QuickPhotosFixture.TABLE).onIndex(QuickPhotosFixture.INDEX), cost)
                .orElseAdvise(ADVICE)
                .assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns a photo nobody reacted to with an empty list of reactions")
    void returnsPhotoWithoutReactions(TestDynamoDb dynamo) {
        Photo quiet = photo("alice", "2024-05-01T12:00:00");
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo).with(user("alice"), quiet, SUNSET);

        var result = photos.app().fetchPhotoAndReactions("alice", quiet.getTimestamp());

        photos.items().assertReturned("fetchPhotoAndReactions of a photo without reactions", result,
                new PhotoAndReactions(quiet, List.of()), Photo.keyAttributes("alice", quiet.getTimestamp()));
        oneQueryOnIndex(1).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns an empty Optional for a photo that is not there")
    void returnsNothingForUnknownPhoto(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo).with(user("alice"), SUNSET);

        var result = photos.app().fetchPhotoAndReactions("alice", "1999-01-01T00:00:00");

        assertThat(result).as("fetchPhotoAndReactions for a photo that does not exist").isEmpty();
        oneQueryOnIndex(1).assertMetBy(dynamo.requests());
    }

    @Test
    @Timeout(HEAVY_TEST_SECONDS)
    @DisplayName("on the lesson's data set, each of the 200 photos' reactions agree with its reaction counts")
    void agreesWithCountsOnDataSet(TestDynamoDb dynamo) {
        // The given loader must also load the whole data set when DynamoDB leaves some writes unprocessed.
        UnprocessedItemsInjector busy = UnprocessedItemsInjector.holdingBack(5).onFirst(3);
        dynamo.intercept(busy);
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo).withDataSetThrough(dynamo.client());
        dynamo.forgetRequests();
        assertThat(busy.heldBack()).as("writes the loader had to send again").isPositive();
        assertThat(photos.storedItems()).as("the items of the data set").hasSize(960);
        List<Photo> all = photos.storedItems().stream().filter(QuickPhotosFixture::isPhoto)
                .map(Photo.TABLE_SCHEMA::mapToItem).toList();
        assertThat(all).as("the photos of the data set").hasSize(200);
        QuickPhotosApp app = photos.app();

        for (Photo photo : all) {
            var result = app.fetchPhotoAndReactions(photo.getUsername(), photo.getTimestamp());

            PhotoAndReactions found = photos.items().assertFound("fetchPhotoAndReactions for " + photo.getSk(), result,
                    Photo.keyAttributes(photo.getUsername(), photo.getTimestamp()));
            assertThat(found.photo()).as("the photo %s", photo.getSk()).isEqualTo(photo);
            Map<ReactionType, Integer> counted = new EnumMap<>(ReactionType.class);
            found.reactions().forEach(reaction -> counted.merge(reaction.type(), 1, Integer::sum));
            for (ReactionType type : ReactionType.values()) {
                assertThat(counted.getOrDefault(type, 0)).as("the %s reactions found for %s", type, photo.getSk())
                        .isEqualTo(photo.reactionCount(type));
            }
        }
        oneQueryOnIndex(all.size()).assertMetBy(dynamo.requests());
    }

    private static RequestBudget oneQueryOnIndex(int calls) {
        return RequestBudget.exactly(calls, query(QuickPhotosFixture.TABLE).onIndex(QuickPhotosFixture.INDEX))
                .orElseAdvise(ADVICE);
    }
}
