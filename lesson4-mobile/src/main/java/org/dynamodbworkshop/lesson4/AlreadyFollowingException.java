package org.dynamodbworkshop.lesson4;

/** Thrown when a user follows someone they already follow. Nothing was changed. */
public class AlreadyFollowingException extends QuickPhotosException {

    private static final long serialVersionUID = 1L;

    private final String since;

    /** @param since when the existing follow began, the {@code timestamp} of its Friendship item */
    public AlreadyFollowingException(String followingUser, String followedUser, String since, Throwable cause) {
        super(followingUser + " already follows " + followedUser + " (since " + since + ")", cause);
        this.since = since;
    }

    /** When the existing follow began. */
    public String since() {
        return since;
    }
}
