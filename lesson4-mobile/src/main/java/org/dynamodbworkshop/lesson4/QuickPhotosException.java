package org.dynamodbworkshop.lesson4;

/** A request the app refuses because it breaks one of its rules; the message says which, for the user. */
public abstract class QuickPhotosException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected QuickPhotosException(String message, Throwable cause) {
        super(message, cause);
    }
}
