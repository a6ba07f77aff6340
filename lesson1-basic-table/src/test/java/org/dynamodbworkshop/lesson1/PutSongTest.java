package org.dynamodbworkshop.lesson1;

import static org.dynamodbworkshop.testkit.RequestPattern.putItem;

import java.util.ArrayList;
import java.util.List;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.StoredItem;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@LessonTest
@Tag("1.2")
@DisplayName("1.2 Put a song")
class PutSongTest {

    @Test
    @DisplayName("stores a new song with all its attributes, in one PutItem")
    void storesNewSong(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());
        Song song = new Song("The Acme Band", "Gone Fishing", "Weekend Songs", 2);

        music.catalog().putSong(song);

        music.items().assertStored("the song \"Gone Fishing\" after putSong",
                music.storedSong("The Acme Band", "Gone Fishing"), song,
                MusicFixture.key("The Acme Band", "Gone Fishing"));
        List<Song> expected = new ArrayList<>(MusicFixture.sampleSongs());
        expected.add(song);
        Elements.heldBy("the table after putSong", "song", music.storedSongs()).inAnyOrder(expected);
        RequestBudget.exactly(1, putItem(MusicFixture.TABLE)).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("stores Awards as a number, and leaves out the attributes of a song that has none")
    void storesTypesAndLeavesUnsetOut(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        music.catalog().putSong(new Song("The Acme Band", "Gone Fishing", "Weekend Songs", 10));
        music.catalog().putSong(new Song("The Acme Band", "Demo", null, null));

        StoredItem.in(dynamo, MusicFixture.TABLE, MusicFixture.key("The Acme Band", "Gone Fishing"),
                        "the song \"Gone Fishing\" after putSong")
                .hasType(Song.AWARDS, StoredItem.NUMBER)
                .hasType(Song.ALBUM_TITLE, StoredItem.STRING);
        StoredItem.in(dynamo, MusicFixture.TABLE, MusicFixture.key("The Acme Band", "Demo"),
                        "the song \"Demo\", with no album or awards, after putSong")
                .lacks(Song.ALBUM_TITLE, Song.AWARDS);
    }

    @Test
    @DisplayName("stores a song with 0 awards with Awards = 0: 0 is a value, not a field left unset")
    void storesZeroAwards(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());
        Song song = new Song("The Acme Band", "First Rehearsal", "Weekend Songs", 0);

        music.catalog().putSong(song);

        music.items()
                .because("A song with 0 awards has Awards = 0, as \"My Dog Spot\" of the tutorial does: only a field"
                        + " that is null is left out.")
                .assertStored("the song \"First Rehearsal\" (0 awards) after putSong",
                        music.storedSong("The Acme Band", "First Rehearsal"), song,
                        MusicFixture.key("The Acme Band", "First Rehearsal"));
        StoredItem.in(dynamo, MusicFixture.TABLE, MusicFixture.key("The Acme Band", "First Rehearsal"),
                        "the song \"First Rehearsal\" (0 awards) after putSong")
                .hasType(Song.AWARDS, StoredItem.NUMBER);
        RequestBudget.exactly(1, putItem(MusicFixture.TABLE)).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("replaces the song that has the same artist and title")
    void replacesSongWithSameKey(TestDynamoDb dynamo) {
        Song original = new Song("No One You Know", "My Dog Spot", "Hey Now", 0);
        MusicFixture music = MusicFixture.withSongs(dynamo, List.of(original));
        Song remastered = new Song("No One You Know", "My Dog Spot", "Remastered", 3);

        music.catalog().putSong(remastered);

        Elements.heldBy("the table after putSong", "song", music.storedSongs())
                .because("PutItem replaces the item that has the same key.")
                .inOrder(List.of(remastered));
        RequestBudget.exactly(1, putItem(MusicFixture.TABLE))
                .orElseAdvise("PutItem replaces an item with the same key by itself: no need to read or delete first.")
                .assertMetBy(dynamo.requests());
    }
}
