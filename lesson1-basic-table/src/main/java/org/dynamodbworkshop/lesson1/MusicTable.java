package org.dynamodbworkshop.lesson1;

import java.util.List;
import org.dynamodbworkshop.common.JsonLines;

/** Given facts about the Music table: its names and its sample data. */
public final class MusicTable {

    /** The table's name in the tutorial; tests give each test a table of its own. */
    public static final String NAME = "Music";

    /** The global secondary index of exercise 1.7: partition key {@code AlbumTitle}, every attribute projected. */
    public static final String ALBUM_TITLE_INDEX = "AlbumTitle-index";

    private MusicTable() {
    }

    /** The tutorial's five songs and a few more for the extension exercises, from {@code songs.jsonl}. */
    public static List<Song> sampleSongs() {
        return JsonLines.readResource(MusicTable.class, "songs.jsonl").stream()
                .map(Song.TABLE_SCHEMA::mapToItem)
                .toList();
    }
}
