package org.dynamodbworkshop.lesson4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.follows;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.photo;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.user;
import static org.dynamodbworkshop.testkit.RequestPattern.getItem;

import java.util.List;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@LessonTest
@Tag("4.2")
@DisplayName("4.2 Get a user profile")
class GetUserTest {

    private static final RequestBudget ONE_GET = RequestBudget.exactly(1, getItem(QuickPhotosFixture.TABLE))
            .orElseAdvise("The username gives the profile's whole key (USER#<username>, #METADATA#<username>):"
                    + " GetItem reads exactly that item.");

    @Test
    @DisplayName("returns the whole profile, interests and counters included, in one GetItem")
    void returnsWholeProfile(TestDynamoDb dynamo) {
        User alice = user("alice", 2, 1);
        alice.setInterests(List.of("sailing", "film", "coffee"));
        alice.setPinnedImage(Photo.sortKey("alice", "2024-03-01T08:00:00"));
        QuickPhotosFixture photos = QuickPhotosFixture.withoutIndex(dynamo).with(
                alice, user("bob", 1, 1), user("carol", 0, 1),
                photo("alice", "2024-03-01T08:00:00"), photo("alice", "2024-03-02T08:00:00"),
                follows("bob", "alice", "2024-01-01T00:00:00"), follows("carol", "alice", "2024-01-02T00:00:00"),
                follows("alice", "bob", "2024-01-03T00:00:00"));

        var profile = photos.app().getUser("alice");

        photos.items().assertReturned("getUser(\"alice\")", profile, alice, User.keyAttributes("alice"));
        ONE_GET.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns an empty Optional for a username nobody has, in one GetItem")
    void returnsNothingForUnknownUser(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withoutIndex(dynamo).with(user("alice"));

        var profile = photos.app().getUser("zoe");

        assertThat(profile).as("getUser for a username that is not in the table").isEmpty();
        ONE_GET.assertMetBy(dynamo.requests());
    }
}
