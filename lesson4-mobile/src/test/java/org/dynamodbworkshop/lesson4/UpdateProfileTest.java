package org.dynamodbworkshop.lesson4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.user;
import static org.dynamodbworkshop.testkit.RequestPattern.updateItem;
import static org.dynamodbworkshop.testkit.StudentCode.expectThrows;

import java.util.List;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.StoredItem;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@LessonTest
@Tag("4.3")
@DisplayName("4.3 Update a user's profile")
class UpdateProfileTest {

    @Test
    @DisplayName("sets the status and interests and keeps every other attribute, in one UpdateItem")
    void setsStatusAndInterests(TestDynamoDb dynamo) {
        User alice = user("alice", 5, 7);
        alice.setPinnedImage(Photo.sortKey("alice", "2024-03-01T08:00:00"));
        QuickPhotosFixture photos = QuickPhotosFixture.withoutIndex(dynamo).with(alice, user("bob"));

        photos.app().updateProfile("alice", "Learning the cello", List.of("music", "hiking"));

        User expected = user("alice", 5, 7);
        expected.setPinnedImage(alice.getPinnedImage());
        expected.setStatus("Learning the cello");
        expected.setInterests(List.of("music", "hiking"));
        photos.items().assertStored("alice's profile after updateProfile", photos.storedUser("alice"), expected,
                User.keyAttributes("alice"));
        assertThat(photos.storedUser("bob")).as("bob's profile, which must not change").contains(user("bob"));
        StoredItem.in(dynamo, QuickPhotosFixture.TABLE, User.keyAttributes("alice"),
                        "alice's profile after updateProfile")
                .hasType(User.INTERESTS, StoredItem.LIST)
                .hasType(User.STATUS, StoredItem.STRING);
        RequestBudget.exactly(1, updateItem(QuickPhotosFixture.TABLE))
                .orElseAdvise("UpdateItem changes some attributes in place: no need to read the profile first.")
                .assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("clears the interests with an empty list: stores an empty list, not the old interests")
    void clearsInterestsWithEmptyList(TestDynamoDb dynamo) {
        User alice = user("alice", 2, 3);
        QuickPhotosFixture photos = QuickPhotosFixture.withoutIndex(dynamo).with(alice);

        photos.app().updateProfile("alice", "Taking a break", List.of());

        User expected = user("alice", 2, 3);
        expected.setStatus("Taking a break");
        expected.setInterests(List.of());
        photos.items()
                .because("An empty list clears the interests: DynamoDB stores an empty list (L) as it is; only a set"
                        + " may not be empty.")
                .assertStored("alice's profile after updateProfile with no interests", photos.storedUser("alice"),
                        expected, User.keyAttributes("alice"));
        StoredItem.in(dynamo, QuickPhotosFixture.TABLE, User.keyAttributes("alice"),
                        "alice's profile after updateProfile with no interests")
                .hasType(User.INTERESTS, StoredItem.LIST);
        RequestBudget.exactly(1, updateItem(QuickPhotosFixture.TABLE))
                .orElseAdvise("One UpdateItem sets the status and the interests, an empty list as any other.")
                .assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("throws UserNotFoundException for a missing user and creates no item, in one UpdateItem")
    void refusesMissingUser(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withoutIndex(dynamo).with(user("alice"));

        expectThrows(UserNotFoundException.class, "updateProfile of zoe, a user who does not exist", dynamo,
                () -> photos.app().updateProfile("zoe", "Hello", List.of("chess")));
        assertThat(photos.storedUser("zoe")).as("a profile for zoe: UpdateItem creates the item unless a condition"
                + " (attribute_exists) stops it").isEmpty();
        Elements.heldBy("the table after the refused update", "item", photos.storedItems())
                .showing(QuickPhotosFixture::keyOf)
                .because("alice's profile only.")
                .hasSize(1);
        RequestBudget.exactly(1, updateItem(QuickPhotosFixture.TABLE))
                .orElseAdvise("Let a condition expression check that the user exists, in the same request.")
                .assertMetBy(dynamo.requests());
    }
}
