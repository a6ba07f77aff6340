package org.dynamodbworkshop.lesson1;

import static org.dynamodbworkshop.testkit.RequestPattern.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
@Tag("1.5")
@DisplayName("1.5 Songs of an artist by title prefix")
class SongsByTitlePrefixTest {

    @Test
    @DisplayName("The Acme Band and \"S\" give only \"Still in Love\", in one Query that reads only that song")
    void acmeBandAndSGiveStillInLove(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        var songs = music.catalog().songsByTitlePrefix("The Acme Band", "S");

        Elements.returnedBy("songsByTitlePrefix(\"The Acme Band\", \"S\")", "song", songs)
                .showingRequestsOf(dynamo)
                .inOrder(List.of(new Song("The Acme Band", "Still in Love", "The Buck Starts Here", 5)));
        assertOneQueryReadingOnlyMatches(dynamo, songs);
    }

    @Test
    @DisplayName("returns every match in title order, and no song of another artist")
    void returnsAllMatchesInTitleOrder(TestDynamoDb dynamo) {
        List<Song> songs = new ArrayList<>(MusicFixture.sampleSongs());
        songs.add(new Song("The Acme Band", "Sunday Morning", "Songs About Life", 1));
        songs.add(new Song("The Acme Band", "Summer Rain", "Songs About Life", 0));
        songs.add(new Song("Summer Strangers", "Summer Rain", "Debut", 0));
        MusicFixture music = MusicFixture.withSongs(dynamo, songs);

        var matches = music.catalog().songsByTitlePrefix("The Acme Band", "Su");

        Elements.returnedBy("songsByTitlePrefix(\"The Acme Band\", \"Su\")", "song title",
                        matches.stream().map(Song::getSongTitle).toList())
                .because("Every song of the artist whose title starts with the prefix, in title order.")
                .showingRequestsOf(dynamo)
                .inOrder(List.of("Summer Rain", "Sunday Morning"));
        assertOneQueryReadingOnlyMatches(dynamo, matches);
    }

    /** The key condition must do the narrowing: a filter expression or Java code would read the whole partition. */
    private static void assertOneQueryReadingOnlyMatches(TestDynamoDb dynamo, List<Song> returned) {
        RequestBudget.exactly(1, query(MusicFixture.TABLE))
                .readingNoMoreThan(returned.size())
                .orElseAdvise("Put begins_with on SongTitle into the key condition, so that DynamoDB reads only the"
                        + " matches; a filter, or your own code, reads the artist's other songs too.")
                .assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns all 320 matches of a prefix though they fill two 1 MB pages, reading no other song")
    void returnsEveryPageOfManyMatches(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.largeCatalog(dynamo);
        ReadCost cost = music.queryCost("the 320 songs whose titles start with \"" + MusicFixture.LONG_PREFIX + "\"",
                "Artist = :artist AND begins_with(SongTitle, :prefix)",
                Map.of(":artist", AttributeValue.fromS(MusicFixture.PROLIFIC_ARTIST),
                        ":prefix", AttributeValue.fromS(MusicFixture.LONG_PREFIX)));

        var songs = music.catalog().songsByTitlePrefix(MusicFixture.PROLIFIC_ARTIST, MusicFixture.LONG_PREFIX);

        Elements.returnedBy("songsByTitlePrefix(\"" + MusicFixture.PROLIFIC_ARTIST + "\", \""
                        + MusicFixture.LONG_PREFIX + "\")", "song", songs)
                .because("The matches fill more than one 1 MB page: follow each page's LastEvaluatedKey.")
                .inOrder(MusicFixture.largeCatalogSongs().stream()
                        .filter(song -> song.getArtist().equals(MusicFixture.PROLIFIC_ARTIST)
                                && song.getSongTitle().startsWith(MusicFixture.LONG_PREFIX))
                        .sorted(Comparator.comparing(Song::getSongTitle))
                        .toList());
        RequestBudget.reading(query(MusicFixture.TABLE), cost)
                .orElseAdvise("Narrow the Query with a key condition on the sort key (begins_with): a filter or your"
                        + " own code reads the artist's other songs too.")
                .assertMetBy(dynamo.requests());
    }

}
