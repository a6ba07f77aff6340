package org.dynamodbworkshop.lesson4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.HEAVY_TEST_SECONDS;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.NOW_TIMESTAMP;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.photo;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.reaction;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.user;
import static org.dynamodbworkshop.testkit.RequestPattern.transactWriteItems;
import static org.dynamodbworkshop.testkit.StudentCode.catchThrowable;
import static org.dynamodbworkshop.testkit.StudentCode.expectThrown;
import static org.dynamodbworkshop.testkit.StudentCode.expectThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.dynamodbworkshop.testkit.ConflictingTransaction;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.StoredItem;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

@LessonTest
@Tag("4.12")
@DisplayName("4.12 React to a photo")
class AddReactionTest {

    private static final String ADVICE = "Write the reaction and the photo's new count in ONE TransactWriteItems"
            + " with two actions: DynamoDB applies both or neither. The conditions in it (the reaction is new, the"
            + " photo exists) replace any read before the write.";

    private static final String RETURNED_NORMALLY = "returned normally";

    private static final Photo SUNSET = photo("alice", "2024-02-01T09:00:00", 1, 0, 0, 2);
    private static final List<Reaction> SUNSET_REACTIONS = List.of(
            reaction("bob", ReactionType.PLUS_ONE, SUNSET, "2024-02-01T10:00:00"),
            reaction("bob", ReactionType.HEART, SUNSET, "2024-02-01T10:00:05"),
            reaction("carol", ReactionType.HEART, SUNSET, "2024-02-02T08:00:00"));

    @Test
    @DisplayName("stores the reaction and adds one to that type's count only, in one transaction of two actions")
    void storesReactionAndCountsIt(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = sunsetWithReactions(dynamo);

        Reaction reaction = photos.app().addReaction("carol", ReactionType.SMILEY, "alice", SUNSET.getTimestamp());

        Reaction expected = reaction("carol", ReactionType.SMILEY, SUNSET, NOW_TIMESTAMP);
        assertThat(reaction).as("the reaction addReaction returns, made at the clock's time").isEqualTo(expected);
        List<Reaction> all = new ArrayList<>(SUNSET_REACTIONS);
        all.add(expected);
        StoredItem.in(dynamo, QuickPhotosFixture.TABLE,
                        Reaction.keyAttributes("carol", ReactionType.SMILEY, SUNSET.getSk()),
                        "carol's smiley after addReaction")
                .hasType(Reaction.REACTING_USER, StoredItem.STRING)
                .hasType(Reaction.REACTION_TYPE, StoredItem.STRING)
                .hasType(Reaction.PHOTO, StoredItem.STRING)
                .hasType(Reaction.TIMESTAMP, StoredItem.STRING);
        Elements.heldBy("the table after addReaction", "reaction", photos.storedReactions()).inAnyOrder(all);
        photos.items().assertStored("the photo after carol's smiley (smiley one up, the others as they were)",
                photos.storedPhoto("alice", SUNSET.getTimestamp()), photo("alice", SUNSET.getTimestamp(), 1, 1, 0, 2),
                Photo.keyAttributes("alice", SUNSET.getTimestamp()));
        oneTransaction(dynamo, 2);
    }

    @Test
    @DisplayName("lets a user give one photo several types of reaction")
    void acceptsAnotherTypeFromSameUser(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = sunsetWithReactions(dynamo);

        photos.app().addReaction("carol", ReactionType.PLUS_ONE, "alice", SUNSET.getTimestamp());

        photos.items().assertStored("the photo after carol, who gave it a heart, adds a +1",
                photos.storedPhoto("alice", SUNSET.getTimestamp()), photo("alice", SUNSET.getTimestamp(), 2, 0, 0, 2),
                Photo.keyAttributes("alice", SUNSET.getTimestamp()));
        Elements.heldBy("the table", "count mismatch", photos.counterMismatches())
                .isEmpty();
        oneTransaction(dynamo, 2);
    }

    @Test
    @DisplayName("counts the first reaction of a type that the photo's reactions map has no entry for yet")
    void countsFirstReactionOfTypeMissingFromMap(TestDynamoDb dynamo) {
        // Written by another app, the photo's map lists only the types that have reactions.
        Photo sparse = photo("alice", "2024-03-05T16:20:00");
        sparse.setReactions(Map.of(ReactionType.PLUS_ONE.value(), 1, ReactionType.HEART.value(), 1));
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo).with(
                user("alice"), user("bob"), user("carol"), sparse,
                reaction("bob", ReactionType.PLUS_ONE, sparse, "2024-03-05T17:00:00"),
                reaction("carol", ReactionType.HEART, sparse, "2024-03-05T18:00:00"));

        Throwable thrown = catchThrowable(
                () -> photos.app().addReaction("carol", ReactionType.SMILEY, "alice", sparse.getTimestamp()));

        assertThat(outcome(thrown)).as("what addReaction did with carol's smiley, the photo's first: its reactions"
                + " map has no smiley entry yet, and reactions.#type + :one refers to an entry that is not there,"
                + " which DynamoDB refuses. if_not_exists(reactions.#type, :zero) + :one starts it from zero")
                .isEqualTo(RETURNED_NORMALLY);
        Photo expected = photo("alice", sparse.getTimestamp());
        expected.setReactions(Map.of(ReactionType.PLUS_ONE.value(), 1, ReactionType.HEART.value(), 1,
                ReactionType.SMILEY.value(), 1));
        photos.items().assertStored("the photo after its first smiley (smiley 1, the others as they were)",
                photos.storedPhoto("alice", sparse.getTimestamp()), expected,
                Photo.keyAttributes("alice", sparse.getTimestamp()));
        Elements.heldBy("the table", "count mismatch", photos.counterMismatches()).isEmpty();
        oneTransaction(dynamo, 2);
    }

    @Test
    @DisplayName("refuses the same reaction twice with AlreadyReactedException, telling when, and changes no count")
    void refusesSameReactionTwice(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = sunsetWithReactions(dynamo);

        AlreadyReactedException thrown = expectThrows(AlreadyReactedException.class,
                "addReaction when bob gives the same photo a second heart", dynamo,
                () -> photos.app().addReaction("bob", ReactionType.HEART, "alice", SUNSET.getTimestamp()));

        assertThat(thrown.reactedAt()).as("AlreadyReactedException.reactedAt(): when bob"
                + " gave the first heart. The cancellation reason of the failed Put carries the existing item when"
                + " the Put asks for ReturnValuesOnConditionCheckFailure ALL_OLD").isEqualTo("2024-02-01T10:00:05");
        Elements.heldBy("the table after the refused reaction", "reaction", photos.storedReactions())
                .inAnyOrder(SUNSET_REACTIONS);
        photos.items().assertStored("the photo's counts, which must not change",
                photos.storedPhoto("alice", SUNSET.getTimestamp()), SUNSET,
                Photo.keyAttributes("alice", SUNSET.getTimestamp()));
        oneTransaction(dynamo, 2);
    }

    @Test
    @DisplayName("refuses a reaction to a photo that is not there with PhotoNotFoundException, and writes nothing")
    void refusesMissingPhoto(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = sunsetWithReactions(dynamo);
        int itemsBefore = photos.storedItems().size();

        expectThrows(PhotoNotFoundException.class, "addReaction to a photo that does not exist", dynamo,
                () -> photos.app().addReaction("bob", ReactionType.SMILEY, "alice", "1999-01-01T00:00:00"));
        assertThat(photos.storedPhoto("alice", "1999-01-01T00:00:00")).as("a photo item for the missing photo").isEmpty();
        Elements.heldBy("the table after the refused reaction", "item", photos.storedItems())
                .showing(QuickPhotosFixture::keyOf)
                .because("None added.")
                .hasSize(itemsBefore);
        oneTransaction(dynamo, 2);
    }

    @Test
    @DisplayName("lets the TransactionCanceledException of a conflicting transaction through (or tries again),"
            + " never reporting it as a missing photo or a second reaction")
    void letsConflictThrough(TestDynamoDb dynamo) {
        dynamo.intercept(new ConflictingTransaction(Photo.keyAttributes("alice", SUNSET.getTimestamp())));
        QuickPhotosFixture photos = sunsetWithReactions(dynamo);

        Throwable thrown = catchThrowable(
                () -> photos.app().addReaction("carol", ReactionType.SMILEY, "alice", SUNSET.getTimestamp()));

        if (thrown == null) {
            // Tried again after the conflict: the second transaction went through.
            photos.items().assertStored("the photo after a reaction tried again after a conflict (smiley one up)",
                    photos.storedPhoto("alice", SUNSET.getTimestamp()),
                    photo("alice", SUNSET.getTimestamp(), 1, 1, 0, 2),
                    Photo.keyAttributes("alice", SUNSET.getTimestamp()));
            Elements.heldBy("the table", "count mismatch", photos.counterMismatches()).isEmpty();
            return;
        }
        expectThrown(TransactionCanceledException.class, "addReaction cancelled by a conflicting transaction", thrown,
                "DynamoDB cancelled the transaction because another one was changing the photo (reasons: None for"
                        + " the reaction, TransactionConflict for the photo): no condition failed, so the photo exists"
                        + " and the reaction is new. Throw the TransactionCanceledException itself, and the caller may"
                        + " try again.");
        Elements.heldBy("the table after the cancelled reaction", "reaction", photos.storedReactions())
                .inAnyOrder(SUNSET_REACTIONS);
        photos.items().assertStored("the photo's counts after the cancelled reaction",
                photos.storedPhoto("alice", SUNSET.getTimestamp()), SUNSET,
                Photo.keyAttributes("alice", SUNSET.getTimestamp()));
        oneTransaction(dynamo, 2);
    }

    @Test
    @DisplayName("a crash after the first write request leaves the reaction and its count in agreement")
    void survivesCrashAfterFirstWrite(TestDynamoDb dynamo) {
        dynamo.intercept(new CrashAfterFirstWrite());
        QuickPhotosFixture photos = sunsetWithReactions(dynamo);

        catchThrowable(() -> photos.app().addReaction("carol", ReactionType.SMILEY, "alice", SUNSET.getTimestamp()));

        Elements.heldBy("the table after the app crashed between two write requests",
                        "count mismatch", photos.counterMismatches())
                .because("Written in separate requests, the reaction and its count part ways; in one transaction they"
                        + " cannot.")
                .isEmpty();
    }

    @Test
    @Timeout(HEAVY_TEST_SECONDS)
    @DisplayName("after 300 random reactions from several threads, every count equals the number of reactions")
    void countsStayRightUnderConcurrency(TestDynamoDb dynamo) {
        List<String> owners = List.of("alice", "bob", "carol");
        List<Photo> all = new ArrayList<>();
        for (String owner : owners) {
            for (int day = 1; day <= 3; day++) {
                all.add(photo(owner, "2024-02-0" + day + "T09:00:00"));
            }
        }
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo)
                .with(user("alice"), user("bob"), user("carol"), user("dave"), user("erin"), user("frank"));
        all.forEach(photos::with);
        List<String> reactingUsers = List.of("alice", "bob", "carol", "dave", "erin", "frank");
        QuickPhotosApp app = photos.app();

        Random random = new Random(412);
        List<ThrowingCallable> calls = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        int missing = 0;
        for (int i = 0; i < 300; i++) {
            String user = reactingUsers.get(random.nextInt(reactingUsers.size()));
            ReactionType type = ReactionType.values()[random.nextInt(ReactionType.values().length)];
            boolean toMissingPhoto = random.nextInt(20) == 0;
            Photo photo = toMissingPhoto ? photo("alice", "1999-01-01T00:00:00") : all.get(random.nextInt(all.size()));
            if (toMissingPhoto) {
                missing++;
            } else {
                distinct.add(user + " " + type + " " + photo.getSk());
            }
            calls.add(() -> app.addReaction(user, type, photo.getUsername(), photo.getTimestamp()));
        }

        List<Throwable> outcomes = Concurrently.run(calls);

        List<Throwable> unexpected = outcomes.stream()
                .filter(thrown -> thrown != null && !(thrown instanceof AlreadyReactedException)
                        && !(thrown instanceof PhotoNotFoundException)
                        && !(!dynamo.isEmbeddedLocal() && Concurrently.isTransactionConflict(thrown)))
                .toList();
        Elements.returnedBy("the 300 concurrent addReaction calls", "exception", unexpected)
                .because("None but AlreadyReactedException and PhotoNotFoundException.")
                .isEmpty();
        Elements.heldBy("the table after 300 concurrent reactions", "count mismatch",
                photos.counterMismatches()).isEmpty();
        assertThat(photos.storedPhoto("alice", "1999-01-01T00:00:00")).as("a photo item for the missing photo")
                .isEmpty();
        if (dynamo.isEmbeddedLocal()) {
            // DynamoDB Local runs transactions one at a time, so the outcome is exact.
            assertThat(outcomes.stream().filter(thrown -> thrown == null).count())
                    .as("reactions accepted: one per distinct user, type and photo").isEqualTo(distinct.size());
            assertThat(outcomes.stream().filter(PhotoNotFoundException.class::isInstance).count())
                    .as("reactions refused because the photo does not exist").isEqualTo(missing);
            Elements.heldBy("the table after 300 concurrent reactions", "reaction", photos.storedReactions())
                    .because("One per distinct user, type and photo.")
                    .hasSize(distinct.size());
        }
    }

    private static QuickPhotosFixture sunsetWithReactions(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = QuickPhotosFixture.withIndex(dynamo).with(
                user("alice"), user("bob"), user("carol"), SUNSET, photo("alice", "2024-02-03T10:00:00"));
        SUNSET_REACTIONS.forEach(photos::with);
        return photos;
    }

    /** What a call did, for a check that it returned: the exception it threw, with a transaction's reasons. */
    private static String outcome(Throwable thrown) {
        if (thrown == null) {
            return RETURNED_NORMALLY;
        }
        if (thrown instanceof TransactionCanceledException cancelled && cancelled.hasCancellationReasons()) {
            return "threw TransactionCanceledException, reasons: " + cancelled.cancellationReasons().stream()
                    .map(reason -> reason.message() == null ? reason.code()
                            : reason.code() + " (" + reason.message() + ")")
                    .collect(Collectors.joining(", "));
        }
        return "threw " + thrown;
    }

    private static void oneTransaction(TestDynamoDb dynamo, int actions) {
        RequestBudget.exactly(1, transactWriteItems(QuickPhotosFixture.TABLE)).orElseAdvise(ADVICE)
                .assertMetBy(dynamo.requests());
        assertThat(dynamo.requests().requests().get(0).size())
                .as("the actions in the TransactWriteItems: put the reaction, update the photo").isEqualTo(actions);
    }
}
