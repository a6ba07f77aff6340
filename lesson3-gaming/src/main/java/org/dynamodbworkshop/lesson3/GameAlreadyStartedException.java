package org.dynamodbworkshop.lesson3;

/** Thrown when a user joins, or the creator starts, a game that has started already (exercises 3.8, 3.9). */
public class GameAlreadyStartedException extends BattleRoyaleException {

    private static final long serialVersionUID = 1L;

    public GameAlreadyStartedException(String gameId, Throwable cause) {
        super("Game " + gameId + " has already started", cause);
    }
}
