package org.dynamodbworkshop.lesson1;

import static org.dynamodbworkshop.testkit.RequestPattern.deleteItem;

import org.dynamodbworkshop.testkit.Elements;
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

        Elements.heldBy("the table after deleting \"My Dog Spot\"", "song", music.storedSongs())
                .showingRequestsOf(dynamo)
                .inAnyOrder(MusicFixture.sampleSongs().stream()
                        .filter(song -> !song.getSongTitle().equals("My Dog Spot"))
                        .toList());
        ONE_DELETE_ITEM.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("deleting a song that is not there changes nothing and throws nothing")
    void deletingMissingSongChangesNothing(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        music.catalog().deleteSong("The Acme Band", "My Dog Spot");

        Elements.heldBy("the table after deleting a song that does not exist", "song", music.storedSongs())
                .inAnyOrder(MusicFixture.sampleSongs());
        ONE_DELETE_ITEM.assertMetBy(dynamo.requests());
    }
}
