package org.dynamodbworkshop.lesson9;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * A submission that is correct in a clean JVM only: each exercise goes wrong when it finds what leaves-state-behind
 * or leaves-a-thread left in theirs. Graded after them by the same warm workers, it must still get full marks.
 */
public class Playlist {

    private final List<Song> songs;

    public Playlist(List<Song> songs) {
        this.songs = List.copyOf(songs);
    }

    public int count() {
        boolean leftover = System.getProperty("playlist.leftover") != null
                || Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("playlist-leftover"));
        return songs.size() + (leftover ? 1 : 0);
    }

    public List<String> titlesBy(String artist) {
        if (Locale.getDefault().getLanguage().equals("th") || System.out.getClass().getName().endsWith("Swallowing")) {
            return List.of();
        }
        return songs.stream().filter(song -> song.artist().equals(artist)).map(Song::title).toList();
    }

    public Optional<Song> newest() {
        if (TimeZone.getDefault().getID().equals("Pacific/Kiritimati")) {
            return Optional.empty();
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
