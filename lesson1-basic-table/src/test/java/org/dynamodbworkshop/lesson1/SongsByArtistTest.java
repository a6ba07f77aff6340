package org.dynamodbworkshop.lesson1;

import static org.dynamodbworkshop.testkit.RequestPattern.query;

import java.util.Comparator;
import java.util.Map;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.ReadCost;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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

    @Test
    @DisplayName("returns all 420 songs of an artist whose songs fill two 1 MB pages, in about one Query a page")
    void returnsEveryPageOfALargeArtist(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.largeCatalog(dynamo);
        ReadCost cost = music.queryCost("the 420 songs of " + MusicFixture.PROLIFIC_ARTIST, "Artist = :artist",
                Map.of(":artist", AttributeValue.fromS(MusicFixture.PROLIFIC_ARTIST)));

        var songs = music.catalog().songsBy(MusicFixture.PROLIFIC_ARTIST);

        Elements.returnedBy("songsBy(\"" + MusicFixture.PROLIFIC_ARTIST + "\")", "song", songs)
                .because("The artist's songs fill more than one 1 MB page: a Query returns one page at a time, with"
                        + " a LastEvaluatedKey to go on from.")
                .inOrder(MusicFixture.largeCatalogSongs().stream()
                        .filter(song -> song.getArtist().equals(MusicFixture.PROLIFIC_ARTIST))
                        .sorted(Comparator.comparing(Song::getSongTitle))
                        .toList());
        RequestBudget.reading(query(MusicFixture.TABLE), cost)
                .orElseAdvise("Follow each page's LastEvaluatedKey (the Enhanced Client's query(...).items() does),"
                        + " with no Limit of your own: each request then reads a whole page.")
                .assertMetBy(dynamo.requests());
    }

}
