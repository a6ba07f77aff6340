package org.dynamodbworkshop.lesson4;

/** Thrown when an operation names a user who is not in the table. */
public class UserNotFoundException extends QuickPhotosException {

    private static final long serialVersionUID = 1L;

    private final String username;

    public UserNotFoundException(String username, Throwable cause) {
        super("No user " + username + " in the table", cause);
        this.username = username;
    }

    /** The user who is not there. */
    public String username() {
        return username;
    }
}
