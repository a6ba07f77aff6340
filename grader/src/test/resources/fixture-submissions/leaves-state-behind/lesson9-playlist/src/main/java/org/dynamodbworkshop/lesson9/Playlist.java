package org.dynamodbworkshop.lesson9;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * A correct submission that changes its JVM and leaves it so: count() sets a system property, the default locale and
 * time zone, and both output streams. A warm worker must put each back before its next run (see state-probe).
 */
public class Playlist {

    private final List<Song> songs;

    public Playlist(List<Song> songs) {
        this.songs = List.copyOf(songs);
    }

    public int count() {
        System.setProperty("playlist.leftover", "set by the last run");
        Locale.setDefault(Locale.forLanguageTag("th-TH"));
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        System.setOut(new Swallowing());
        System.setErr(new Swallowing());
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

    /** An output stream that drops what is printed. */
    static final class Swallowing extends PrintStream {
        Swallowing() {
            super(OutputStream.nullOutputStream());
        }
    }
}
