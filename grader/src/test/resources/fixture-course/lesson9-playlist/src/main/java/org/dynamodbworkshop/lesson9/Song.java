package org.dynamodbworkshop.lesson9;

/**
 * One song of a playlist: given code.
 *
 * @param artist who sings it
 * @param title its title
 * @param year the year it came out
 */
public record Song(String artist, String title, int year) {
}
