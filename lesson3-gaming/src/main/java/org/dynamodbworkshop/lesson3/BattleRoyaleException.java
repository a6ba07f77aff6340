package org.dynamodbworkshop.lesson3;

/**
 * A rule of the game that a request broke, such as joining a full game. Each rule has its own subclass, so callers
 * can tell them apart; the message says what happened in words a player understands.
 */
public abstract class BattleRoyaleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected BattleRoyaleException(String message, Throwable cause) {
        super(message, cause);
    }
}
