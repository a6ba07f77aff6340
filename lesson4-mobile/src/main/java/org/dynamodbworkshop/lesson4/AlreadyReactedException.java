package org.dynamodbworkshop.lesson4;

/** Thrown when a user reacts to a photo with a type of reaction they already gave it. Nothing was changed. */
public class AlreadyReactedException extends QuickPhotosException {

    private static final long serialVersionUID = 1L;

    private final String reactedAt;

    /**
     * @param photo the photo's sort key
     * @param reactedAt when the existing reaction was made, the {@code timestamp} of its item
     */
    public AlreadyReactedException(String reactingUser, ReactionType type, String photo, String reactedAt,
                                   Throwable cause) {
        super(reactingUser + " already reacted with " + type.value() + " to " + photo + " at " + reactedAt, cause);
        this.reactedAt = reactedAt;
    }

    /** When the existing reaction was made. */
    public String reactedAt() {
        return reactedAt;
    }
}
