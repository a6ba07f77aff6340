package org.dynamodbworkshop.lesson3;

/** Thrown when a user joins a game that holds {@link BattleRoyaleTable#MAX_PLAYERS} people already (exercise 3.8). */
public class GameFullException extends BattleRoyaleException {

    private static final long serialVersionUID = 1L;

    public GameFullException(String gameId, String username, Throwable cause) {
        super("Game " + gameId + " is full (" + BattleRoyaleTable.MAX_PLAYERS + " people): " + username
                + " cannot join", cause);
    }
}
