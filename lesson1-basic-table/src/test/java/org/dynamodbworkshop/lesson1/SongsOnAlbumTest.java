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
@Tag("1.8")
@DisplayName("1.8 Songs on an album")
class SongsOnAlbumTest {

    private static final RequestBudget ONE_INDEX_QUERY =
            RequestBudget.exactly(1, query(MusicFixture.TABLE).onIndex(MusicFixture.INDEX))
                    .orElseAdvise("AlbumTitle is not part of the table's key: query the index "
                            + MusicFixture.INDEX + ", whose partition key it is, instead of scanning the table.");

    @Test
    @DisplayName("returns every song on the album, from any artist, in one Query on the index")
    void returnsSongsOnAlbum(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withAlbumIndexAndSongs(dynamo, MusicFixture.sampleSongs());

        var songs = music.catalog().songsOnAlbum("Somewhat Famous");

        Elements.returnedBy("songsOnAlbum(\"Somewhat Famous\")", "song", songs)
                .because("Every song on the album, from any artist, in any order.")
                .showingRequestsOf(dynamo)
                .inAnyOrder(MusicFixture.sampleSongs().stream()
                        .filter(song -> song.getAlbumTitle().equals("Somewhat Famous"))
                        .toList());
        ONE_INDEX_QUERY.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns an empty list for an album with no songs")
    void returnsNothingForUnknownAlbum(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withAlbumIndexAndSongs(dynamo, MusicFixture.sampleSongs());

        var songs = music.catalog().songsOnAlbum("Unreleased");

        Elements.returnedBy("songsOnAlbum(\"Unreleased\"), an album with no songs", "song", songs)
                .showingRequestsOf(dynamo)
                .isEmpty();
        ONE_INDEX_QUERY.assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("returns all 420 songs of an album that fills two 1 MB pages of the index, in about one Query a page")
    void returnsEveryPageOfALargeAlbum(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.largeCatalog(dynamo);
        ReadCost cost = music.albumQueryCost("the 420 songs on " + MusicFixture.LONG_ALBUM, MusicFixture.LONG_ALBUM);

        var songs = music.catalog().songsOnAlbum(MusicFixture.LONG_ALBUM);

        Elements.returnedBy("songsOnAlbum(\"" + MusicFixture.LONG_ALBUM + "\")", "song", songs)
                .because("The album's songs fill more than one 1 MB page of the index: follow each page's"
                        + " LastEvaluatedKey.")
                .inAnyOrder(MusicFixture.largeCatalogSongs().stream()
                        .filter(song -> song.getAlbumTitle().equals(MusicFixture.LONG_ALBUM))
                        .toList());
        RequestBudget.reading(query(MusicFixture.TABLE).onIndex(MusicFixture.INDEX), cost)
                .orElseAdvise("Query the index page by page, with no Limit of your own: each request then reads a"
                        + " whole page.")
                .assertMetBy(dynamo.requests());
    }

}
