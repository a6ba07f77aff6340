package org.dynamodbworkshop.lesson4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.user;
import static org.dynamodbworkshop.testkit.RequestPattern.putItem;
import static org.dynamodbworkshop.testkit.StudentCode.expectThrows;

import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.StoredItem;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@LessonTest
@Tag("4.1")
@DisplayName("4.1 Create a user profile")
class CreateUserTest {

    private static final RequestBudget ONE_PUT = RequestBudget.exactly(1, putItem(QuickPhotosFixture.TABLE))
            .orElseAdvise("One PutItem with a condition expression both checks that the username is free and writes"
                    + " the profile: no read first.");

    @Test
    @DisplayName("stores the new profile with all its attributes, in one PutItem")
    void storesNewProfile(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withoutIndex(dynamo).with(user("bob"));
        User alice = user("alice");
        alice.setPinnedImage(Photo.sortKey("alice", "2024-01-01T00:00:00"));

        photos.app().createUser(alice);

        photos.items().assertStored("alice's profile after createUser", photos.storedUser("alice"), alice,
                User.keyAttributes("alice"));
        assertThat(photos.storedUser("bob")).as("bob's profile, which was there before").contains(user("bob"));
        Elements.heldBy("the table after createUser", "item", photos.storedItems()).showing(QuickPhotosFixture::keyOf)
                .because("bob's profile and the new one.")
                .hasSize(2);
        ONE_PUT.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("stores the counters as numbers and the interests as a list, and leaves out what the profile lacks")
    void storesTypesAndLeavesUnsetOut(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withoutIndex(dynamo);
        User carol = user("carol");
        carol.setStatus(null);

        photos.app().createUser(carol);

        StoredItem.in(dynamo, QuickPhotosFixture.TABLE, User.keyAttributes("carol"), "carol's profile after createUser")
                .hasType(User.FOLLOWERS, StoredItem.NUMBER)
                .hasType(User.FOLLOWING, StoredItem.NUMBER)
                .hasType(User.INTERESTS, StoredItem.LIST)
                .lacks(User.STATUS, User.PINNED_IMAGE);
    }

    @Test
    @DisplayName("refuses a username that is taken with UserAlreadyExistsException, and keeps the existing profile")
    void refusesTakenUsername(TestDynamoDb dynamo) {
        User existing = user("alice", 3, 4);
        existing.setStatus("Here first");
        QuickPhotosFixture photos = QuickPhotosFixture.withoutIndex(dynamo).with(existing);
        User newcomer = user("alice");
        newcomer.setName("Another Alice");

        expectThrows(UserAlreadyExistsException.class, "createUser of alice, a username that is taken", dynamo,
                () -> photos.app().createUser(newcomer));
        assertThat(photos.storedUser("alice")).as("the existing profile: PutItem replaces an item with the same key"
                + " unless a condition (attribute_not_exists) stops it").contains(existing);
        ONE_PUT.assertMetBy(dynamo.requests());
    }
}
