package org.dynamodbworkshop.lesson1;

/** Thrown when an update names a song that is not in the table. */
public class SongNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SongNotFoundException(String artist, String songTitle, Throwable cause) {
        super("No song \"" + songTitle + "\" by " + artist + " in the table", cause);
    }
}
