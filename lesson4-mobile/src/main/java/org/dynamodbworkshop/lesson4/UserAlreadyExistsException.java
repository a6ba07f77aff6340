package org.dynamodbworkshop.lesson4;

/** Thrown when a new profile would replace an existing user's. */
public class UserAlreadyExistsException extends QuickPhotosException {

    private static final long serialVersionUID = 1L;

    public UserAlreadyExistsException(String username, Throwable cause) {
        super("User " + username + " already exists", cause);
    }
}
