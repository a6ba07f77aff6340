package org.dynamodbworkshop.lesson9;

import java.util.List;
import java.util.Optional;

/** A submission that ends the JVM: newest() calls System.exit(3) for an empty playlist (one test of 9.3). */
public class Playlist {

    private final List<Song> songs;

    public Playlist(List<Song> songs) {
        this.songs = List.copyOf(songs);
    }

    public int count() {
        return songs.size();
    }

    public List<String> titlesBy(String artist) {
        return songs.stream().filter(song -> song.artist().equals(artist)).map(Song::title).toList();
    }

    public Optional<Song> newest() {
        if (songs.isEmpty()) {
            System.exit(3);
        }
        Song newest = songs.get(0);
        for (Song song : songs) {
            if (song.year() > newest.year()) {
                newest = song;
            }
        }
        return Optional.of(newest);
    }
}
