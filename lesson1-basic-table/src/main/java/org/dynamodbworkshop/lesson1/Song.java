package org.dynamodbworkshop.lesson1;

import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * A song in the Music table: partition key {@code Artist}, sort key {@code SongTitle}.
 *
 * <p>Given code: the Enhanced Client maps it with {@link #TABLE_SCHEMA}. The attribute names start with a capital
 * letter, as in the DynamoDB Developer Guide.
 */
@DynamoDbBean
public class Song {

    public static final String ARTIST = "Artist";
    public static final String SONG_TITLE = "SongTitle";
    public static final String ALBUM_TITLE = "AlbumTitle";
    public static final String AWARDS = "Awards";

    /** Maps songs to and from items, for the Enhanced Client. */
    public static final TableSchema<Song> TABLE_SCHEMA = TableSchema.fromBean(Song.class);

    private String artist;
    private String songTitle;
    private String albumTitle;
    private Integer awards;

    public Song() {
    }

    public Song(String artist, String songTitle, String albumTitle, Integer awards) {
        this.artist = artist;
        this.songTitle = songTitle;
        this.albumTitle = albumTitle;
        this.awards = awards;
    }

    @DynamoDbPartitionKey
    @DynamoDbAttribute(ARTIST)
    public String getArtist() {
        return artist;
    }

    public void setArtist(String artist) {
        this.artist = artist;
    }

    @DynamoDbSortKey
    @DynamoDbAttribute(SONG_TITLE)
    public String getSongTitle() {
        return songTitle;
    }

    public void setSongTitle(String songTitle) {
        this.songTitle = songTitle;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = MusicTable.ALBUM_TITLE_INDEX)
    @DynamoDbAttribute(ALBUM_TITLE)
    public String getAlbumTitle() {
        return albumTitle;
    }

    public void setAlbumTitle(String albumTitle) {
        this.albumTitle = albumTitle;
    }

    @DynamoDbAttribute(AWARDS)
    public Integer getAwards() {
        return awards;
    }

    public void setAwards(Integer awards) {
        this.awards = awards;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Song song
                && Objects.equals(artist, song.artist)
                && Objects.equals(songTitle, song.songTitle)
                && Objects.equals(albumTitle, song.albumTitle)
                && Objects.equals(awards, song.awards);
    }

    @Override
    public int hashCode() {
        return Objects.hash(artist, songTitle, albumTitle, awards);
    }

    @Override
    public String toString() {
        return artist + " - " + songTitle + " (album: " + albumTitle + ", awards: " + awards + ")";
    }
}
