package org.dynamodbworkshop.lesson3;

/** Thrown when a player's place in a game is recorded a second time (exercise 3.11). */
public class PlaceAlreadyRecordedException extends BattleRoyaleException {

    private static final long serialVersionUID = 1L;

    public PlaceAlreadyRecordedException(String gameId, String username, String place, Throwable cause) {
        super(username + " already has a place in game " + gameId + ": " + place, cause);
    }
}
