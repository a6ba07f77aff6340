package org.dynamodbworkshop.lesson1;

import static org.dynamodbworkshop.testkit.RequestPattern.updateItem;
import static org.dynamodbworkshop.testkit.StudentCode.expectThrows;

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
@Tag("1.6")
@DisplayName("1.6 Update a song's album title")
class UpdateAlbumTitleTest {

    private static final Song CALL_ME_TODAY = new Song("No One You Know", "Call Me Today", "Somewhat Famous", 1);

    @Test
    @DisplayName("sets the album title and keeps the song's other attributes, in one UpdateItem")
    void setsAlbumTitleKeepingOtherAttributes(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, List.of(CALL_ME_TODAY));

        music.catalog().updateAlbumTitle("No One You Know", "Call Me Today", "Greatest Hits");

        Elements.heldBy("the table after updateAlbumTitle", "song", music.storedSongs())
                .inOrder(List.of(new Song("No One You Know", "Call Me Today", "Greatest Hits", 1)));
        RequestBudget.exactly(1, updateItem(MusicFixture.TABLE))
                .orElseAdvise("UpdateItem changes one attribute in place: no need to read the song first.")
                .assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("sets the album title of a song that has none yet, nor awards: the condition is on the key")
    void setsAlbumTitleOfSongWithoutOne(TestDynamoDb dynamo) {
        Song single = new Song("No One You Know", "B-Side", null, null);
        MusicFixture music = MusicFixture.withSongs(dynamo, List.of(single));

        music.catalog().updateAlbumTitle("No One You Know", "B-Side", "Rarities");

        Elements.heldBy("the table after updateAlbumTitle of a song without an album", "song", music.storedSongs())
                .because("The song exists, though it has no AlbumTitle: a condition that it exists must check an"
                        + " attribute every song has, such as its sort key SongTitle.")
                .showingRequestsOf(dynamo)
                .inOrder(List.of(new Song("No One You Know", "B-Side", "Rarities", null)));
        StoredItem.in(dynamo, MusicFixture.TABLE, MusicFixture.key("No One You Know", "B-Side"),
                        "the song \"B-Side\" after updateAlbumTitle")
                .hasType(Song.ALBUM_TITLE, StoredItem.STRING)
                .lacks(Song.AWARDS);
    }

    @Test
    @DisplayName("throws SongNotFoundException for a missing song and writes nothing, in one UpdateItem")
    void refusesMissingSong(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, List.of(CALL_ME_TODAY));

        expectThrows(SongNotFoundException.class, "updateAlbumTitle of a song that does not exist", dynamo,
                () -> music.catalog().updateAlbumTitle("No One You Know", "Howdy", "Hits"));

        Elements.heldBy("the table after updating a missing song", "song", music.storedSongs())
                .because("UpdateItem creates the item unless a condition stops it.")
                .inOrder(List.of(CALL_ME_TODAY));
        RequestBudget.exactly(1, updateItem(MusicFixture.TABLE))
                .orElseAdvise("Let a condition expression (attribute_exists) check that the song exists, in the"
                        + " same request: a read before the write costs a request and can be outdated.")
                .assertMetBy(dynamo.requests());
    }
}
