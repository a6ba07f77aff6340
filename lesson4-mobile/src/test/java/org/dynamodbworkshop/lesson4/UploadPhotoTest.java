package org.dynamodbworkshop.lesson4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.NOW_TIMESTAMP;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.photo;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.user;
import static org.dynamodbworkshop.testkit.RequestPattern.putItem;
import static org.dynamodbworkshop.testkit.StudentCode.expectThrows;

import java.util.Map;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@LessonTest
@Tag("4.4")
@DisplayName("4.4 Upload a photo")
class UploadPhotoTest {

    private static final String LOCATION = "https://cdn.example.com/photos/alice/harbor.jpg";
    private static final RequestBudget ONE_PUT = RequestBudget.exactly(1, putItem(QuickPhotosFixture.TABLE))
            .orElseAdvise("One PutItem, with a condition that no photo has this key yet.");

    @Test
    @DisplayName("stores the photo under the clock's timestamp with every reaction count at zero, in one PutItem")
    void storesPhotoWithZeroReactions(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withoutIndex(dynamo).with(user("alice"));

        Photo uploaded = photos.app().uploadPhoto("alice", LOCATION);

        Photo expected = Photo.newPhoto("alice", NOW_TIMESTAMP, LOCATION);
        photos.items().assertStored("the photo after uploadPhoto", photos.storedPhoto("alice", NOW_TIMESTAMP),
                expected, Photo.keyAttributes("alice", NOW_TIMESTAMP));
        assertThat(photos.storedPhoto("alice", NOW_TIMESTAMP).orElseThrow().getReactions())
                .as("the new photo's reactions map: a zero for each of the four types")
                .isEqualTo(Map.of("+1", 0, "smiley", 0, "sunglasses", 0, "heart", 0));
        assertThat(uploaded).as("the photo uploadPhoto returns").isEqualTo(expected);
        ONE_PUT.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("refuses a second photo at the same second with PhotoAlreadyExistsException, keeping the first one")
    void refusesPhotoWithSameTimestamp(TestDynamoDb dynamo) {
        Photo first = photo("alice", NOW_TIMESTAMP, 1, 0, 0, 2);
        QuickPhotosFixture photos = QuickPhotosFixture.withoutIndex(dynamo).with(user("alice"), first);

        expectThrows(PhotoAlreadyExistsException.class, "uploadPhoto when alice has a photo with the same timestamp",
                dynamo, () -> photos.app().uploadPhoto("alice", LOCATION));
        assertThat(photos.storedPhoto("alice", NOW_TIMESTAMP)).as("the first photo, with its reaction counts: PutItem"
                + " replaces an item with the same key unless a condition stops it").contains(first);
        ONE_PUT.assertMetBy(dynamo.requests());
    }
}
