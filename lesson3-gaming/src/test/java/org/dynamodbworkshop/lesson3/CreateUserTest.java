package org.dynamodbworkshop.lesson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.putItem;
import static org.dynamodbworkshop.testkit.StudentCode.expectThrows;

import java.util.List;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@LessonTest
@Tag("3.1")
@DisplayName("3.1 Create a user")
class CreateUserTest {

    private static final User HANNAH = new User("hwalker", "Hannah Walker", "hwalker@example.com", "1984-07-02",
            "881 Oak Street, Dayton, OH 45402");

    private static final RequestBudget ONE_PUT = RequestBudget.exactly(1, putItem(BattleRoyaleFixture.TABLE))
            .orElseAdvise("One PutItem with a condition expression (attribute_not_exists) both checks that the"
                    + " username is free and writes the user: a read first costs a request and can be outdated.");

    @Test
    @DisplayName("stores a new user with its keys and profile, in one PutItem")
    void storesNewUser(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        User oscar = new User("ojones", "Oscar Jones", "ojones@example.org", "1990-11-23", "12 Pine Road, Boise, ID");
        fixture.put(oscar);

        fixture.service().createUser(HANNAH);

        fixture.items().assertStored("the user hwalker after createUser", fixture.storedUser("hwalker"), HANNAH,
                User.keyAttributes("hwalker"));
        assertThat(fixture.storedItem(User.keyAttributes("hwalker")).orElseThrow().keySet())
                .as("the attributes of the stored user")
                .containsExactlyInAnyOrder(BattleRoyaleTable.PK, BattleRoyaleTable.SK, User.USERNAME, User.NAME,
                        User.EMAIL, User.BIRTHDATE, User.ADDRESS);
        assertThat(fixture.storedUser("ojones")).as("another user, after createUser").contains(oscar);
        ONE_PUT.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("refuses a taken username with UserAlreadyExistsException and keeps the existing user")
    void refusesTakenUsername(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo).put(HANNAH);
        User impostor = new User("hwalker", "Harry Wall", "harry@example.net", "1999-01-01", "1 Elm Drive, Tulsa");

        expectThrows(UserAlreadyExistsException.class, "createUser of hwalker, a username that is taken", dynamo,
                () -> fixture.service().createUser(impostor));

        assertThat(fixture.storedUser("hwalker"))
                .as("the user hwalker after a second createUser: PutItem replaces an item unless a condition stops it")
                .contains(HANNAH);
        ONE_PUT.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("refuses a username whose item holds nothing but its keys, and keeps that item")
    void refusesUsernameHeldByKeysOnly(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo)
                .putKeysOnly(User.keyAttributes("hwalker"));

        expectThrows(UserAlreadyExistsException.class,
                "createUser of hwalker, a username whose item holds only its keys (a sign-up not finished)", dynamo,
                () -> fixture.service().createUser(HANNAH));

        assertThat(fixture.storedItem(User.keyAttributes("hwalker")))
                .as("the item of hwalker after createUser: a condition on an attribute the item lacks holds, and lets"
                        + " PutItem replace it; only the key attributes are on every item")
                .contains(User.keyAttributes("hwalker"));
        ONE_PUT.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("stores a user who gave no birthdate without a birthdate attribute, every attribute a string")
    void storesUserWithoutBirthdate(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        User nina = new User("nsingh", "Nina Singh", "nsingh@example.com", null, "4 Bay Street, Hobart, TAS 7000");

        fixture.service().createUser(nina);

        Elements.heldBy("the user nsingh as stored, with the type of each attribute", "attribute",
                        fixture.storedAttributeTypes(User.keyAttributes("nsingh")))
                .because("A field the user left empty (null) is left out of the item, not stored as an attribute of"
                        + " the NULL type (NUL).")
                .inAnyOrder(List.of("PK: S", "SK: S", "address: S", "email: S", "name: S", "username: S"));
        ONE_PUT.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("stores a field given as an empty string as that empty string: only a null field is left out")
    void storesEmptyStringAsGiven(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        User kai = new User("kmorita", "Kai Morita", "kmorita@example.com", "1995-03-14", "");

        fixture.service().createUser(kai);

        fixture.items()
                .because("The address \"\" is a value: DynamoDB stores an empty string in any attribute but a key."
                        + " Only a field that is null is left out.")
                .assertStored("the user kmorita, whose address is \"\", after createUser",
                        fixture.storedUser("kmorita"), kai, User.keyAttributes("kmorita"));
        ONE_PUT.assertMetBy(dynamo.requests());
    }
}
