package org.dynamodbworkshop.lesson1;

import java.util.List;
import org.dynamodbworkshop.common.Polling;
import org.dynamodbworkshop.common.scripts.DataSet;
import org.dynamodbworkshop.common.scripts.LessonScripts;
import org.dynamodbworkshop.common.scripts.Script;
import org.dynamodbworkshop.common.scripts.ScriptContext;

/**
 * The tutorial's scripts for the Music table, run with your {@link MusicCatalog}:
 * {@code ./workshop lesson1-basic-table <script> [args]}. Given code: each script calls one of your methods and
 * prints what it returns, one song per line. The command line adds {@code load} and {@code reset}.
 */
public final class MusicScripts implements LessonScripts {

    @Override
    public DataSet dataSet() {
        return new DataSet(MusicTable.NAME, MusicTable.class, "songs.jsonl");
    }

    @Override
    public List<Script> scripts() {
        return List.of(
                Script.named("create-table").exercise("1.1")
                        .does("Creates the Music table and waits until it is ACTIVE")
                        .run(context -> {
                            catalog(context).createTable(Polling.STANDARD);
                            context.out().println("Table " + MusicTable.NAME + " is ACTIVE.");
                        }),
                Script.named("put-song").exercise("1.2")
                        .does("Stores a song, replacing any song with the same artist and title")
                        .param("ARTIST", "the artist (partition key)")
                        .param("TITLE", "the song's title (sort key)")
                        .param("ALBUM", "the album's title")
                        .optionalParam("AWARDS", "how many awards the song won")
                        .run(context -> {
                            Song song = new Song(context.arg("ARTIST"), context.arg("TITLE"), context.arg("ALBUM"),
                                    context.optionalIntArg("AWARDS").orElse(null));
                            catalog(context).putSong(song);
                            context.out().println("Put: " + song);
                        }),
                Script.named("get-song").exercise("1.3")
                        .does("Gets one song by its full key")
                        .param("ARTIST", "the artist")
                        .param("TITLE", "the song's title")
                        .run(context -> catalog(context).getSong(context.arg("ARTIST"), context.arg("TITLE"))
                                .ifPresentOrElse(context.out()::println, () -> context.out().println(
                                        "No song \"" + context.arg("TITLE") + "\" by " + context.arg("ARTIST") + "."))),
                Script.named("songs-by").exercise("1.4")
                        .does("Lists the songs of an artist, by title")
                        .param("ARTIST", "the artist")
                        .run(context -> print(context, catalog(context).songsBy(context.arg("ARTIST")))),
                Script.named("songs-by-prefix").exercise("1.5")
                        .does("Lists the songs of an artist whose title starts with a prefix")
                        .param("ARTIST", "the artist")
                        .param("PREFIX", "the start of the titles, such as \"Ca\"")
                        .run(context -> print(context, catalog(context).songsByTitlePrefix(context.arg("ARTIST"),
                                context.arg("PREFIX")))),
                Script.named("update-album").exercise("1.6")
                        .does("Sets the album title of an existing song")
                        .param("ARTIST", "the artist")
                        .param("TITLE", "the song's title")
                        .param("ALBUM", "the new album title")
                        .run(context -> {
                            try {
                                catalog(context).updateAlbumTitle(context.arg("ARTIST"), context.arg("TITLE"),
                                        context.arg("ALBUM"));
                                context.out().println("\"" + context.arg("TITLE") + "\" by " + context.arg("ARTIST")
                                        + " is now on the album " + context.arg("ALBUM") + ".");
                            } catch (SongNotFoundException e) {
                                context.out().println(e.getMessage() + ": nothing was written.");
                            }
                        }),
                Script.named("add-album-index").exercise("1.7")
                        .does("Adds the AlbumTitle-index to the live table and waits until it is ACTIVE")
                        .run(context -> {
                            catalog(context).addAlbumTitleIndex(Polling.STANDARD);
                            context.out().println("Index " + MusicTable.ALBUM_TITLE_INDEX + " is ACTIVE.");
                        }),
                Script.named("songs-on-album").exercise("1.8")
                        .does("Lists the songs on an album, through the AlbumTitle-index")
                        .param("ALBUM", "the album's title")
                        .readsIndexAddedBy("add-album-index")
                        .run(context -> print(context, catalog(context).songsOnAlbum(context.arg("ALBUM")))),
                Script.named("count").exercise("1.9")
                        .does("Counts the songs in the table")
                        .run(context -> context.out().println("The " + MusicTable.NAME + " table holds "
                                + catalog(context).countSongs() + " songs.")),
                Script.named("delete-song").exercise("1.10")
                        .does("Deletes one song by its full key")
                        .param("ARTIST", "the artist")
                        .param("TITLE", "the song's title")
                        .deletesData()
                        .run(context -> {
                            catalog(context).deleteSong(context.arg("ARTIST"), context.arg("TITLE"));
                            context.out().println("Deleted \"" + context.arg("TITLE") + "\" by " + context.arg("ARTIST")
                                    + " (if it was there).");
                        }),
                Script.named("delete-table").exercise("1.11")
                        .does("Deletes the Music table and waits until it is gone")
                        .deletesData()
                        .run(context -> {
                            catalog(context).deleteTable(Polling.STANDARD);
                            context.out().println("Table " + MusicTable.NAME + " is deleted.");
                        }));
    }

    private static MusicCatalog catalog(ScriptContext context) {
        return new MusicCatalog(context.dynamoDb(), context.enhancedClient(), MusicTable.NAME,
                MusicTable.ALBUM_TITLE_INDEX);
    }

    private static void print(ScriptContext context, List<Song> songs) {
        songs.forEach(context.out()::println);
        context.out().println(songs.size() == 1 ? "1 song." : songs.size() + " songs.");
    }
}
