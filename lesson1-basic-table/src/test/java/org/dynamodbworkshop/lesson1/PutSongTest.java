package org.dynamodbworkshop.lesson1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.putItem;

import java.util.ArrayList;
import java.util.List;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
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

        List<Song> expected = new ArrayList<>(MusicFixture.sampleSongs());
        expected.add(song);
        assertThat(music.storedSongs()).as("the songs in the table after putSong")
                .containsExactlyInAnyOrderElementsOf(expected);
        RequestBudget.exactly(1, putItem(MusicFixture.TABLE)).assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("replaces the song that has the same artist and title")
    void replacesSongWithSameKey(TestDynamoDb dynamo) {
        Song original = new Song("No One You Know", "My Dog Spot", "Hey Now", 0);
        MusicFixture music = MusicFixture.withSongs(dynamo, List.of(original));
        Song remastered = new Song("No One You Know", "My Dog Spot", "Remastered", 3);

        music.catalog().putSong(remastered);

        assertThat(music.storedSongs()).as("the songs in the table after putSong").containsExactly(remastered);
        RequestBudget.exactly(1, putItem(MusicFixture.TABLE))
                .orElseAdvise("PutItem replaces an item with the same key by itself: no need to read or delete first.")
                .assertMetBy(dynamo.requests());
    }
}
