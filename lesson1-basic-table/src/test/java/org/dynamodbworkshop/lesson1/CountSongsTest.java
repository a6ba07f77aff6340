package org.dynamodbworkshop.lesson1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.scan;

import java.util.List;
import java.util.stream.IntStream;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.ReadCost;
import org.dynamodbworkshop.testkit.RecordedRequest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

@LessonTest
@Tag("1.9")
@DisplayName("1.9 Count the songs")
class CountSongsTest {

    @ParameterizedTest(name = "a table of {0} songs counts {0}, with Scan requests that ask for COUNT only")
    @ValueSource(ints = {0, 9, 140})
    void countsEverySong(int songCount, TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, songs(songCount));

        int count = music.catalog().countSongs();

        assertThat(count).as("countSongs() on a table of %d songs", songCount).isEqualTo(songCount);
        RequestBudget.atLeast(1, scan(MusicFixture.TABLE))
                .orElseAdvise("Counting every item means reading every item: that is what a Scan does.")
                .assertMetBy(dynamo.requests());
        List<RecordedRequest> scans = dynamo.requests().requests();
        for (int i = 0; i < scans.size(); i++) {
            assertThat(scans.get(i).requestAs(ScanRequest.class).select())
                    .as("the Select of Scan %d of %d: with Select COUNT DynamoDB sends back the count, not the items",
                            i + 1, scans.size())
                    .isEqualTo(Select.COUNT);
        }
    }

    private static List<Song> songs(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Song("Artist " + i % 7, "Song " + i, "Album " + i % 11, i % 4))
                .toList();
    }

    @Test
    @DisplayName("counts the 450 songs of a table larger than one 1 MB page, in about one Scan a page")
    void countsEveryPage(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.largeCatalog(dynamo);
        ReadCost cost = music.scanCost("the whole table of 450 songs");

        int count = music.catalog().countSongs();

        assertThat(count).as("countSongs() on a table of 450 songs, about 1.6 MB: a Scan counts one 1 MB page at a"
                + " time, with a LastEvaluatedKey to go on from").isEqualTo(MusicFixture.largeCatalogSongs().size());
        RequestBudget.reading(scan(MusicFixture.TABLE), cost)
                .orElseAdvise("Follow each page's LastEvaluatedKey, with no Limit of your own: each Scan then counts"
                        + " a whole page.")
                .assertMetBy(dynamo.requests());
    }

}
