package org.dynamodbworkshop.lesson9;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A submission that runs out of memory: titlesBy() allocates without end for an artist without songs (one test of
 * 9.2).
 */
public class Playlist {

    private final List<Song> songs;

    public Playlist(List<Song> songs) {
        this.songs = List.copyOf(songs);
    }

    public int count() {
        return songs.size();
    }

    public List<String> titlesBy(String artist) {
        List<String> titles = songs.stream().filter(song -> song.artist().equals(artist)).map(Song::title).toList();
        List<long[]> buffers = new ArrayList<>();
        while (titles.isEmpty()) {
            buffers.add(new long[1 << 20]);
        }
        return titles;
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
