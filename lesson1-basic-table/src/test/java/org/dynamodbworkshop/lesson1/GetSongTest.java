package org.dynamodbworkshop.lesson1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.getItem;

import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@LessonTest
@Tag("1.3")
@DisplayName("1.3 Get a song by its key")
class GetSongTest {

    private static final RequestBudget ONE_GET_ITEM = RequestBudget.exactly(1, getItem(MusicFixture.TABLE))
            .orElseAdvise("The full key (Artist and SongTitle) names exactly one item: GetItem reads just that item.");

    @Test
    @DisplayName("returns the song with all its attributes, in one GetItem")
    void returnsSong(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        var song = music.catalog().getSong("The Acme Band", "Still in Love");

        music.items().assertReturned("getSong(\"The Acme Band\", \"Still in Love\")", song,
                new Song("The Acme Band", "Still in Love", "The Buck Starts Here", 5),
                MusicFixture.key("The Acme Band", "Still in Love"));
        ONE_GET_ITEM.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("finds one song among the hundreds of a catalog larger than a 1 MB page, reading just that song")
    void findsSongInLargeCatalog(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.largeCatalog(dynamo);
        Song wanted = MusicFixture.largeCatalogSongs().get(300);

        var song = music.catalog().getSong(wanted.getArtist(), wanted.getSongTitle());

        music.items().assertReturned("getSong(\"" + wanted.getArtist() + "\", \"" + wanted.getSongTitle() + "\")", song,
                wanted, MusicFixture.key(wanted.getArtist(), wanted.getSongTitle()));
        ONE_GET_ITEM.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns an empty Optional for a song that is not in the table")
    void returnsEmptyForMissingSong(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        var song = music.catalog().getSong("The Acme Band", "My Dog Spot");

        assertThat(song).as("getSong for a song that does not exist").isEmpty();
        ONE_GET_ITEM.assertMetBy(dynamo.requests());
    }
}
