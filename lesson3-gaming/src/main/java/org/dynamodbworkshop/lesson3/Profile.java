package org.dynamodbworkshop.lesson3;

/**
 * The profile fields of a {@link User} that a user may change; the username, and so the keys, never change.
 *
 * @param name the user's full name ({@code name} is a reserved word in expressions)
 * @param email the user's email address
 * @param birthdate the user's date of birth, {@code yyyy-MM-dd}
 * @param address the user's postal address
 */
public record Profile(String name, String email, String birthdate, String address) {
}
