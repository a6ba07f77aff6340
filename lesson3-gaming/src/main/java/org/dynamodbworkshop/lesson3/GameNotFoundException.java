package org.dynamodbworkshop.lesson3;

/** Thrown when a player joins, or a creator starts, a game that does not exist (exercises 3.8, 3.9). */
public class GameNotFoundException extends BattleRoyaleException {

    private static final long serialVersionUID = 1L;

    public GameNotFoundException(String gameId, Throwable cause) {
        super("There is no game " + gameId, cause);
    }
}
