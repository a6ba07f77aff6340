package org.dynamodbworkshop.lesson4;

/** Thrown when an operation names a photo that is not in the table. */
public class PhotoNotFoundException extends QuickPhotosException {

    private static final long serialVersionUID = 1L;

    public PhotoNotFoundException(String owner, String timestamp, Throwable cause) {
        super("No photo of " + owner + " uploaded at " + timestamp + " in the table", cause);
    }
}
