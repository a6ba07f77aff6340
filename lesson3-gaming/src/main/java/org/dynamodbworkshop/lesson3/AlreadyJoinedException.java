package org.dynamodbworkshop.lesson3;

/** Thrown when a user joins a game they are in already (exercise 3.8). */
public class AlreadyJoinedException extends BattleRoyaleException {

    private static final long serialVersionUID = 1L;

    public AlreadyJoinedException(String gameId, String username, Throwable cause) {
        super(username + " has already joined game " + gameId, cause);
    }
}
