package org.dynamodbworkshop.lesson9;

import java.util.List;
import java.util.Optional;

/** Lesson 9: a playlist of songs, in the order they were added. This is the class you edit: each method is one exercise. */
public class Playlist {

    private final List<Song> songs;

    public Playlist(List<Song> songs) {
        this.songs = List.copyOf(songs);
    }

    /** Exercise 9.1: how many songs the playlist holds. */
    public int count() {
        throw new UnsupportedOperationException("Exercise 9.1 is not implemented yet: see HINTS.md, section 9.1");
    }

    /** Exercise 9.2: the titles of an artist's songs, in playlist order. */
    public List<String> titlesBy(String artist) {
        throw new UnsupportedOperationException("Exercise 9.2 is not implemented yet: see HINTS.md, section 9.2");
    }

    /** Exercise 9.3: the song of the latest year, the first added among equals; empty for an empty playlist. */
    public Optional<Song> newest() {
        throw new UnsupportedOperationException("Exercise 9.3 is not implemented yet: see HINTS.md, section 9.3");
    }
}
