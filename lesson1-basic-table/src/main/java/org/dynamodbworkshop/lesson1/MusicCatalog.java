package org.dynamodbworkshop.lesson1;

import java.util.List;
import java.util.Optional;
import org.dynamodbworkshop.common.Polling;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Lesson 1: the access patterns of the Music table. This is the class you edit: each method is one exercise.
 *
 * <p>Use whichever client suits the exercise: {@code dynamoDb} is the low-level client, {@code songs} the Enhanced
 * Client's view of the table. The tests check what your code does and which requests it sends, not how it is
 * written. Read the lesson's README.md first, and HINTS.md when you are stuck.
 */
public class MusicCatalog {

    private final DynamoDbClient dynamoDb;
    private final DynamoDbTable<Song> songs;
    private final String tableName;
    private final String albumTitleIndexName;

    public MusicCatalog(DynamoDbClient dynamoDb, DynamoDbEnhancedClient enhancedClient, String tableName,
                        String albumTitleIndexName) {
        this.dynamoDb = dynamoDb;
        this.songs = enhancedClient.table(tableName, Song.TABLE_SCHEMA);
        this.tableName = tableName;
        this.albumTitleIndexName = albumTitleIndexName;
    }

    /**
     * Exercise 1.1: creates the table, on-demand billing, and waits until it is ACTIVE, polling as {@code polling}
     * says. Budget: 1 CreateTable, then DescribeTable polls (a waiter).
     */
    public void createTable(Polling polling) {
        throw new UnsupportedOperationException("Exercise 1.1 is not implemented yet: see HINTS.md, section 1.1");
    }

    /** Exercise 1.2: stores a song, replacing any song with the same key. Budget: 1 PutItem. */
    public void putSong(Song song) {
        throw new UnsupportedOperationException("Exercise 1.2 is not implemented yet: see HINTS.md, section 1.2");
    }

    /** Exercise 1.3: one song by its full key. Budget: 1 GetItem. */
    public Optional<Song> getSong(String artist, String songTitle) {
        throw new UnsupportedOperationException("Exercise 1.3 is not implemented yet: see HINTS.md, section 1.3");
    }

    /** Exercise 1.4: all songs of an artist, ordered by title. Budget: 1 Query on the table a 1 MB page. */
    public List<Song> songsBy(String artist) {
        throw new UnsupportedOperationException("Exercise 1.4 is not implemented yet: see HINTS.md, section 1.4");
    }

    /**
     * Exercise 1.5: the songs of an artist whose title starts with a prefix. Budget: 1 Query a 1 MB page, reading
     * only the matches.
     */
    public List<Song> songsByTitlePrefix(String artist, String titlePrefix) {
        throw new UnsupportedOperationException("Exercise 1.5 is not implemented yet: see HINTS.md, section 1.5");
    }

    /**
     * Exercise 1.6: sets the album title of an existing song, keeping its other attributes.
     * Budget: 1 UpdateItem, with a condition that the song exists.
     *
     * @throws SongNotFoundException if there is no such song (and nothing is written)
     */
    public void updateAlbumTitle(String artist, String songTitle, String albumTitle) {
        throw new UnsupportedOperationException("Exercise 1.6 is not implemented yet: see HINTS.md, section 1.6");
    }

    /**
     * Exercise 1.7: adds the global secondary index on AlbumTitle to the live table and waits until it is ACTIVE,
     * polling as {@code polling} says. Budget: 1 UpdateTable, then DescribeTable polls.
     */
    public void addAlbumTitleIndex(Polling polling) {
        throw new UnsupportedOperationException("Exercise 1.7 is not implemented yet: see HINTS.md, section 1.7");
    }

    /** Exercise 1.8: the songs on an album, through the index. Budget: 1 Query on the index a 1 MB page. */
    public List<Song> songsOnAlbum(String albumTitle) {
        throw new UnsupportedOperationException("Exercise 1.8 is not implemented yet: see HINTS.md, section 1.8");
    }

    /** Exercise 1.9: how many songs the table holds. Budget: 1 Scan with Select COUNT a 1 MB page. */
    public int countSongs() {
        throw new UnsupportedOperationException("Exercise 1.9 is not implemented yet: see HINTS.md, section 1.9");
    }

    /** Exercise 1.10: deletes one song by its full key. Budget: 1 DeleteItem. */
    public void deleteSong(String artist, String songTitle) {
        throw new UnsupportedOperationException("Exercise 1.10 is not implemented yet: see HINTS.md, section 1.10");
    }

    /**
     * Exercise 1.11: deletes the table and waits until it is gone, polling as {@code polling} says.
     * Budget: 1 DeleteTable, then DescribeTable polls.
     */
    public void deleteTable(Polling polling) {
        throw new UnsupportedOperationException("Exercise 1.11 is not implemented yet: see HINTS.md, section 1.11");
    }
}
