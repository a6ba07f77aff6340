package org.dynamodbworkshop.lesson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.updateItem;
import static org.dynamodbworkshop.testkit.StudentCode.expectThrows;

import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@LessonTest
@Tag("3.3")
@DisplayName("3.3 Update a user's profile")
class UpdateUserProfileTest {

    private static final User ADA = new User("aokafor", "Ada Okafor", "aokafor@example.org", "1995-09-09",
            "9 River Road, Macon, GA 31201");
    private static final Profile MOVED = new Profile("Ada Okafor-Brandt", "ada@example.com", "1995-09-19",
            "5 Meadow Lane, Fargo, ND 58102");

    @Test
    @DisplayName("sets name, email, birthdate and address, keeping the username and keys, in one UpdateItem")
    void updatesProfileFields(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo).put(ADA);

        fixture.service().updateUserProfile("aokafor", MOVED);

        fixture.items().assertStored("the user aokafor after updateUserProfile", fixture.storedUser("aokafor"),
                new User("aokafor", MOVED.name(), MOVED.email(), MOVED.birthdate(), MOVED.address()),
                User.keyAttributes("aokafor"));
        RequestBudget.exactly(1, updateItem(BattleRoyaleFixture.TABLE))
                .orElseAdvise("UpdateItem changes attributes in place: no need to read the user first. (`name` is a"
                        + " reserved word: use an expression attribute name such as #name.)")
                .assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("refuses a user who does not exist with UserNotFoundException and writes nothing")
    void refusesMissingUser(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo).put(ADA);

        expectThrows(UserNotFoundException.class, "updateUserProfile of nobody, a user who does not exist", dynamo,
                () -> fixture.service().updateUserProfile("nobody", MOVED));

        assertThat(fixture.storedItem(User.keyAttributes("nobody")))
                .as("the item of user nobody: UpdateItem creates the item unless a condition stops it")
                .isEmpty();
        assertThat(fixture.storedUser("aokafor")).as("another user, after the refused update").contains(ADA);
        RequestBudget.exactly(1, updateItem(BattleRoyaleFixture.TABLE))
                .orElseAdvise("Let a condition expression (attribute_exists) check that the user exists, in the same"
                        + " request: a read first costs a request and can be outdated.")
                .assertMetBy(dynamo.requests());
    }
}
