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
        return songs.size();
    }

    /** Exercise 9.2: the titles of an artist's songs, in playlist order. */
    public List<String> titlesBy(String artist) {
        return songs.stream().filter(song -> song.artist().equals(artist)).map(Song::title).toList();
    }

    /** Exercise 9.3: the song of the latest year, the first added among equals; empty for an empty playlist. */
    public Optional<Song> newest() {
        Song newest = null;
        for (Song song : songs) {
            if (newest == null || song.year() > newest.year()) {
                newest = song;
            }
        }
        return Optional.ofNullable(newest);
    }
}
