package org.dynamodbworkshop.lesson9;

import java.util.List;
import java.util.Optional;

/**
 * A correct submission that leaves a thread running: count() starts "playlist-leftover", which never ends. No JVM can
 * stop it safely, so the warm worker that ran it must stop instead (see state-probe).
 */
public class Playlist {

    private final List<Song> songs;

    public Playlist(List<Song> songs) {
        this.songs = List.copyOf(songs);
    }

    public int count() {
        Thread leftover = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    // Keeps running: a thread that ignores interrupts.
                }
            }
        }, "playlist-leftover");
        leftover.setDaemon(true);
        leftover.start();
        return songs.size();
    }

    public List<String> titlesBy(String artist) {
        return songs.stream().filter(song -> song.artist().equals(artist)).map(Song::title).toList();
    }

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
