package org.dynamodbworkshop.lesson4;

/** Thrown when an upload would replace a photo the user uploaded at the same second. */
public class PhotoAlreadyExistsException extends QuickPhotosException {

    private static final long serialVersionUID = 1L;

    public PhotoAlreadyExistsException(String username, String timestamp, Throwable cause) {
        super("User " + username + " already has a photo uploaded at " + timestamp, cause);
    }
}
