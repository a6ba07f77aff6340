package org.dynamodbworkshop.lesson3;

/** Thrown when a profile update names a user that does not exist (exercise 3.3). */
public class UserNotFoundException extends BattleRoyaleException {

    private static final long serialVersionUID = 1L;

    public UserNotFoundException(String username, Throwable cause) {
        super("There is no user " + username, cause);
    }
}
