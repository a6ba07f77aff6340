package org.dynamodbworkshop.lesson3;

/** Thrown when a game is started with fewer than {@link BattleRoyaleTable#MAX_PLAYERS} people (exercise 3.9). */
public class GameNotFullException extends BattleRoyaleException {

    private static final long serialVersionUID = 1L;

    public GameNotFullException(String gameId, int people, Throwable cause) {
        super("Game " + gameId + " cannot start with " + people + " of " + BattleRoyaleTable.MAX_PLAYERS + " people",
                cause);
    }
}
