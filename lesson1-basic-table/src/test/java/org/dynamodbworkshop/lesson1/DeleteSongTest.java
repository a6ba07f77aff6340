package org.dynamodbworkshop.lesson1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.deleteItem;

import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@LessonTest
@Tag("1.10")
@DisplayName("1.10 Delete a song")
class DeleteSongTest {

    private static final RequestBudget ONE_DELETE_ITEM = RequestBudget.exactly(1, deleteItem(MusicFixture.TABLE))
            .orElseAdvise("DeleteItem removes the item with that key, and does nothing if there is none.");

    @Test
    @DisplayName("deletes that song and no other, in one DeleteItem")
    void deletesOnlyThatSong(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        music.catalog().deleteSong("No One You Know", "My Dog Spot");

        assertThat(music.storedSongs()).as("the songs left after deleting \"My Dog Spot\"")
                .containsExactlyInAnyOrderElementsOf(MusicFixture.sampleSongs().stream()
                        .filter(song -> !song.getSongTitle().equals("My Dog Spot"))
                        .toList());
        ONE_DELETE_ITEM.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("deleting a song that is not there changes nothing and throws nothing")
    void deletingMissingSongChangesNothing(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        music.catalog().deleteSong("The Acme Band", "My Dog Spot");

        assertThat(music.storedSongs()).as("the songs after deleting a song that does not exist")
                .containsExactlyInAnyOrderElementsOf(MusicFixture.sampleSongs());
        ONE_DELETE_ITEM.assertMetBy(dynamo.requests());
    }
}
