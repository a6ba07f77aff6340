package org.dynamodbworkshop.lesson3;

/** Thrown when a place is recorded for a user who did not play in the game (exercise 3.11). */
public class NotAPlayerException extends BattleRoyaleException {

    private static final long serialVersionUID = 1L;

    public NotAPlayerException(String gameId, String username, Throwable cause) {
        super(username + " did not play in game " + gameId, cause);
    }
}
