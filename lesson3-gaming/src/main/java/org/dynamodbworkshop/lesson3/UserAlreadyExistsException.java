package org.dynamodbworkshop.lesson3;

/** Thrown when a new user's username is taken already (exercise 3.1). */
public class UserAlreadyExistsException extends BattleRoyaleException {

    private static final long serialVersionUID = 1L;

    public UserAlreadyExistsException(String username, Throwable cause) {
        super("User " + username + " already exists", cause);
    }
}
