package org.dynamodbworkshop.lesson9;

import java.util.List;
import java.util.Optional;

/** A correct submission that prints megabytes of debugging output on System.out and System.err (9.3). */
public class Playlist {

    private static final int DEBUG_LINES = 10_000;

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
        for (int line = 0; line < DEBUG_LINES; line++) {
            System.out.println("debug " + line + ": looking for the newest of " + songs);
            if (line % 10 == 0) {
                System.err.println("debug " + line + ": still looking");
            }
        }
        Song newest = null;
        for (Song song : songs) {
            if (newest == null || song.year() > newest.year()) {
                newest = song;
            }
        }
        return Optional.ofNullable(newest);
    }
}
