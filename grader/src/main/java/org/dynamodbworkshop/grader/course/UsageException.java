package org.dynamodbworkshop.grader.course;

/** Bad input to a command: reported as one line and a non-zero exit, never a stack trace. */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
