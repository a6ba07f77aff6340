package org.dynamodbworkshop.lesson9;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** A submission that hangs: count() never advances its iterator, so it loops for ever (9.1). */
public class Playlist {

    private final List<Song> songs;

    public Playlist(List<Song> songs) {
        this.songs = List.copyOf(songs);
    }

    public int count() {
        int count = 0;
        Iterator<Song> remaining = songs.iterator();
        while (remaining.hasNext()) {
            count++;
        }
        return count;
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
