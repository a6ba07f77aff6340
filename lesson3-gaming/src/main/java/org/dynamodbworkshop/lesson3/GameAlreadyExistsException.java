package org.dynamodbworkshop.lesson3;

/** Thrown when a new game's id is taken already (exercise 3.4). */
public class GameAlreadyExistsException extends BattleRoyaleException {

    private static final long serialVersionUID = 1L;

    public GameAlreadyExistsException(String gameId, Throwable cause) {
        super("Game " + gameId + " already exists", cause);
    }
}
