package org.dynamodbworkshop.lesson1;

import static org.dynamodbworkshop.testkit.RequestPattern.query;

import java.util.Comparator;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@LessonTest
@Tag("1.4")
@DisplayName("1.4 All songs of an artist")
class SongsByArtistTest {

    private static final RequestBudget ONE_QUERY = RequestBudget.exactly(1, query(MusicFixture.TABLE))
            .orElseAdvise("A Query reads one partition (one artist); a Scan reads every item of the table.");

    @Test
    @DisplayName("returns every song of the artist, ordered by title, in one Query")
    void returnsSongsOfArtistInTitleOrder(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        var songs = music.catalog().songsBy("The Acme Band");

        Elements.returnedBy("songsBy(\"The Acme Band\")", "song", songs)
                .because("Every song of the artist, ordered by title.")
                .showingRequestsOf(dynamo)
                .inOrder(MusicFixture.sampleSongs().stream()
                        .filter(song -> song.getArtist().equals("The Acme Band"))
                        .sorted(Comparator.comparing(Song::getSongTitle))
                        .toList());
        ONE_QUERY.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns an empty list for an artist with no songs")
    void returnsNothingForUnknownArtist(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        var songs = music.catalog().songsBy("Nobody At All");

        Elements.returnedBy("songsBy(\"Nobody At All\"), an artist with no songs", "song", songs)
                .showingRequestsOf(dynamo)
                .isEmpty();
        ONE_QUERY.assertMetBy(dynamo.requests());
    }
}
