package org.dynamodbworkshop.lesson2;

/** Thrown when an update names a book that is not in the table. */
public class BookNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BookNotFoundException(String author, String title, Throwable cause) {
        super("No book \"" + title + "\" by " + author + " in the table", cause);
    }
}
