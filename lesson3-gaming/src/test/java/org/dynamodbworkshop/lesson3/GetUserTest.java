package org.dynamodbworkshop.lesson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.getItem;

import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@LessonTest
@Tag("3.2")
@DisplayName("3.2 Get a user profile")
class GetUserTest {

    private static final RequestBudget ONE_GET = RequestBudget.exactly(1, getItem(BattleRoyaleFixture.TABLE))
            .orElseAdvise("You know the user's whole key (PK and SK): GetItem reads exactly that item.");

    @Test
    @DisplayName("returns the user's profile, in one GetItem")
    void returnsProfile(TestDynamoDb dynamo) {
        User maria = new User("mreyes", "Maria Reyes", "mreyes@example.net", "1979-02-14", "47 Elm Drive, Tulsa, OK");
        User li = new User("lchen", "Li Chen", "lchen@example.net", "1988-12-01", "77 Park Place, Provo, UT");
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo).put(maria, li);
        fixture.openGame("g-1", "Dirty Desert", "mreyes", "2019-04-16T10:00:00", 3);

        var user = fixture.service().getUser("mreyes");

        fixture.items().assertReturned("getUser(\"mreyes\")", user, maria, User.keyAttributes("mreyes"));
        ONE_GET.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("finds a profile in a table larger than a 1 MB page, reading just that profile")
    void findsProfileInLargeTable(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withLargeData(dynamo);

        String regular = BattleRoyaleFixture.LargeData.REGULAR;

        var user = fixture.service().getUser(regular);

        fixture.items().assertReturned("getUser(\"" + regular + "\")", user,
                BattleRoyaleFixture.LargeData.regularProfile(), User.keyAttributes(regular));
        ONE_GET.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns nothing for a username nobody has, in one GetItem")
    void returnsNothingForUnknownUser(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo)
                .put(new User("lchen", "Li Chen", "lchen@example.net", "1988-12-01", "77 Park Place, Provo, UT"));

        var user = fixture.service().getUser("nobody");

        assertThat(user).as("getUser for a username nobody has").isEmpty();
        ONE_GET.assertMetBy(dynamo.requests());
    }
}
