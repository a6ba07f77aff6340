package org.dynamodbworkshop.lesson3;

/** Thrown when someone other than its creator starts a game (exercise 3.9). */
public class NotGameCreatorException extends BattleRoyaleException {

    private static final long serialVersionUID = 1L;

    public NotGameCreatorException(String gameId, String username, Throwable cause) {
        super("Only the creator of game " + gameId + " can start it, not " + username, cause);
    }
}
