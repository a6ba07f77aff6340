package org.dynamodbworkshop.lesson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.transactWriteItems;
import static org.dynamodbworkshop.testkit.StudentCode.catchThrowable;
import static org.dynamodbworkshop.testkit.StudentCode.expectThrown;
import static org.dynamodbworkshop.testkit.StudentCode.expectThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.dynamodbworkshop.testkit.ConflictingTransaction;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.StoredItem;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

@LessonTest
@Tag("3.8")
@DisplayName("3.8 Join a game")
class JoinGameTest {

    private static final String MAP = "Green Grasslands";
    private static final String OPENED = "2019-04-16T10:12:54";

    private static RequestBudget transactions(int count) {
        return RequestBudget.exactly(count, transactWriteItems(BattleRoyaleFixture.TABLE))
                .orElseAdvise("Join with ONE TransactWriteItems: Put the mapping only if it does not exist, and"
                        + " Update the game's people only if the game is open and people < 50. Decide why a join"
                        + " failed from the cancellation reasons (ReturnValuesOnConditionCheckFailure = ALL_OLD"
                        + " sends the old items along), not with a read: a read costs a request and can be outdated.");
    }

    @Test
    @DisplayName("adds the player's mapping and counts them in the game's people, in one TransactWriteItems")
    void addsMappingAndCountsPlayer(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        Game game = fixture.openGame("g-1", MAP, "hwalker", OPENED, 10);

        fixture.service().joinGame("g-1", "newcomer");

        game.setPeople(11);
        fixture.items().assertStored("the game g-1 after a join (people + 1, nothing else changed)",
                fixture.storedGame("g-1"), game, Game.keyAttributes("g-1"));
        fixture.items().assertStored("the newcomer's mapping after the join", fixture.storedMapping("g-1", "newcomer"),
                new UserGameMapping("g-1", "newcomer"), UserGameMapping.keyAttributes("g-1", "newcomer"));
        Elements.heldBy("the game g-1 after the join", "player", fixture.storedPlayers("g-1")).hasSize(11);
        transactions(1).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("stores the mapping's game_id and username as strings, and no place until the game ends")
    void storesMappingWithoutPlace(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        fixture.openGame("g-1", MAP, "hwalker", OPENED, 10);

        fixture.service().joinGame("g-1", "newcomer");

        StoredItem.in(dynamo, BattleRoyaleFixture.TABLE, UserGameMapping.keyAttributes("g-1", "newcomer"),
                        "the newcomer's mapping after the join")
                .hasType(UserGameMapping.GAME_ID, StoredItem.STRING)
                .hasType(UserGameMapping.USERNAME, StoredItem.STRING)
                .lacks(UserGameMapping.PLACE);
        transactions(1).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("lets the 50th player in")
    void letsFiftiethPlayerIn(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        fixture.openGame("g-1", MAP, "hwalker", OPENED, BattleRoyaleFixture.MAX_PLAYERS - 1);

        fixture.service().joinGame("g-1", "last-seat");

        assertThat(fixture.storedGame("g-1").orElseThrow().getPeople()).as("the people after the 50th player joined")
                .isEqualTo(BattleRoyaleFixture.MAX_PLAYERS);
        fixture.items().assertStored("the 50th player's mapping", fixture.storedMapping("g-1", "last-seat"),
                new UserGameMapping("g-1", "last-seat"), UserGameMapping.keyAttributes("g-1", "last-seat"));
        transactions(1).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("refuses a 51st player with GameFullException and changes nothing")
    void refusesFullGame(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        Game game = fixture.openGame("g-1", MAP, "hwalker", OPENED, BattleRoyaleFixture.MAX_PLAYERS);

        expectThrows(GameFullException.class, "joinGame of an open game that holds 50 people", dynamo,
                () -> fixture.service().joinGame("g-1", "one-too-many"));

        assertThat(fixture.storedGame("g-1"))
                .as("the full game after a refused join: the condition must be people < 50 (with <= 50 a 51st"
                        + " player gets in)")
                .contains(game);
        assertThat(fixture.storedMapping("g-1", "one-too-many")).as("the refused player's mapping").isEmpty();
        transactions(1).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("refuses a second join of the same player with AlreadyJoinedException and changes nothing")
    void refusesSecondJoin(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        Game game = fixture.openGame("g-1", MAP, "hwalker", OPENED, 10);

        expectThrows(AlreadyJoinedException.class, "joinGame of a player who is in the game already", dynamo,
                () -> fixture.service().joinGame("g-1", "player-03"));

        assertThat(fixture.storedGame("g-1"))
                .as("the game after a second join of the same player: people must not count them twice")
                .contains(game);
        Elements.heldBy("the game g-1 after a second join of the same player", "player", fixture.storedPlayers("g-1"))
                .hasSize(10);
        transactions(1).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("refuses a game that has started with GameAlreadyStartedException and changes nothing")
    void refusesStartedGame(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        Game game = fixture.startedGame("g-1", MAP, "hwalker", OPENED, "2019-04-16T10:40:00");

        expectThrows(GameAlreadyStartedException.class, "joinGame of a game that has started", dynamo,
                () -> fixture.service().joinGame("g-1", "latecomer"));

        assertThat(fixture.storedGame("g-1")).as("the started game after a refused join").contains(game);
        assertThat(fixture.storedMapping("g-1", "latecomer")).as("the refused player's mapping").isEmpty();
        transactions(1).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("refuses a game that does not exist with GameNotFoundException and writes nothing")
    void refusesMissingGame(TestDynamoDb dynamo) {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        fixture.openGame("g-1", MAP, "hwalker", OPENED, 10);

        expectThrows(GameNotFoundException.class, "joinGame of a game that does not exist", dynamo,
                () -> fixture.service().joinGame("g-404", "lost"));

        assertThat(fixture.storedItem(Game.keyAttributes("g-404"))).as("the item of game g-404 after the join")
                .isEmpty();
        assertThat(fixture.storedMapping("g-404", "lost")).as("a mapping to the game that does not exist")
                .isEmpty();
        transactions(1).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("lets the TransactionCanceledException of a conflicting transaction through (or tries again),"
            + " never reporting it as a full, started, missing or joined game")
    void letsConflictThrough(TestDynamoDb dynamo) {
        dynamo.intercept(new ConflictingTransaction(Game.keyAttributes("g-1")));
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        Game game = fixture.openGame("g-1", MAP, "hwalker", OPENED, 10);

        Throwable thrown = catchThrowable(() -> fixture.service().joinGame("g-1", "newcomer"));

        if (thrown == null) {
            // Tried again after the conflict: the second transaction went through.
            game.setPeople(11);
            assertThat(fixture.storedGame("g-1")).as("the game after a join tried again after a conflict")
                    .contains(game);
            assertThat(fixture.storedMapping("g-1", "newcomer")).as("the newcomer's mapping after the join")
                    .isPresent();
            return;
        }
        expectThrown(TransactionCanceledException.class, "joinGame cancelled by a conflicting transaction", thrown,
                "DynamoDB cancelled the transaction because another one was changing the game (reasons:"
                        + " TransactionConflict for the game, None for the mapping): no condition failed, so none of"
                        + " the lesson's exceptions is true; throw the TransactionCanceledException itself, and the"
                        + " caller may try again.");
        assertThat(fixture.storedGame("g-1")).as("the game after a cancelled join").contains(game);
        assertThat(fixture.storedMapping("g-1", "newcomer")).as("the mapping of a cancelled join").isEmpty();
        transactions(1).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("60 players joining a game of 45 at once: never more than 50 get in, and people counts them all")
    void concurrentJoinsNeverOverfill(TestDynamoDb dynamo) throws InterruptedException {
        BattleRoyaleFixture fixture = BattleRoyaleFixture.withIndexes(dynamo);
        int before = 45;
        int contenders = 60;
        fixture.openGame("g-1", MAP, "hwalker", OPENED, before);
        BattleRoyale service = fixture.service();

        List<Throwable> outcomes = joinAtOnce(service, "g-1", contenders);

        long joined = outcomes.stream().filter(outcome -> outcome == null).count();
        int people = fixture.storedGame("g-1").orElseThrow().getPeople();
        int mappings = fixture.storedPlayers("g-1").size();
        if (dynamo.isEmbeddedLocal()) {
            // DynamoDB Local runs transactions one after another: exactly the 5 free seats are taken.
            assertThat(joined).as("how many of the 60 joins succeeded, for 5 free seats").isEqualTo(5);
            Elements.heldBy("what the refused joins threw", "exception", outcomes.stream()
                            .filter(outcome -> outcome != null).map(outcome -> outcome.getClass().getSimpleName())
                            .toList())
                    .inAnyOrder(Collections.nCopies(contenders - 5, GameFullException.class.getSimpleName()));
            assertThat(people).as("the game's people after the joins").isEqualTo(BattleRoyaleFixture.MAX_PLAYERS);
            transactions(contenders).assertMetBy(dynamo.requests());
        } else {
            // Real DynamoDB may also refuse a join for a conflicting transaction: check what must always hold.
            assertThat(people).as("the game's people after the joins")
                    .isLessThanOrEqualTo(BattleRoyaleFixture.MAX_PLAYERS)
                    .isEqualTo(before + (int) joined);
        }
        assertThat(mappings).as("the game's mappings after the joins: one per person counted").isEqualTo(people);
    }

    /**
     * Lets each contender join from a bounded pool of threads; an outcome is null for a join that succeeded, or what
     * it threw. An exercise that is not implemented yet fails the test as such.
     */
    private static List<Throwable> joinAtOnce(BattleRoyale service, String gameId, int contenders)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Throwable>> joins = IntStream.rangeClosed(1, contenders)
                    .mapToObj(i -> String.format("rival-%02d", i))
                    .<Callable<Throwable>>map(username -> () -> {
                        try {
                            service.joinGame(gameId, username);
                            return null;
                        } catch (RuntimeException refused) {
                            return refused;
                        }
                    })
                    .toList();
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<Throwable> join : pool.invokeAll(joins)) {
                outcomes.add(outcome(join));
            }
            for (Throwable outcome : outcomes) {
                if (outcome instanceof UnsupportedOperationException notImplementedYet) {
                    throw notImplementedYet;
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Throwable outcome(Future<Throwable> join) throws InterruptedException {
        try {
            return join.get();
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }
}
