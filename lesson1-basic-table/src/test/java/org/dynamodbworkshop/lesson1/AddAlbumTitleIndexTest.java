package org.dynamodbworkshop.lesson1;

import static org.assertj.core.api.Assertions.assertThat;

import org.dynamodbworkshop.common.Polling;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.dynamodbworkshop.testkit.Waiting;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

@LessonTest
@Tag("1.7")
@DisplayName("1.7 Add the AlbumTitle index")
class AddAlbumTitleIndexTest {

    @Test
    @DisplayName("the index is keyed on AlbumTitle, a string, projects every attribute, and finds an album's songs")
    void indexIsKeyedOnAlbumTitle(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        music.catalog().addAlbumTitleIndex(Polling.LOCAL);

        GlobalSecondaryIndexDescription index = albumTitleIndex(dynamo, music);
        assertThat(index.keySchema()).as("the key schema of " + MusicFixture.INDEX)
                .containsExactly(KeySchemaElement.builder().attributeName(Song.ALBUM_TITLE).keyType(KeyType.HASH).build());
        assertThat(index.projection().projectionType()).as("the projection of " + MusicFixture.INDEX)
                .isEqualTo(ProjectionType.ALL);
        assertThat(dynamo.admin().describeTable(request -> request.tableName(music.tableName())).table()
                .attributeDefinitions())
                .as("the table's attribute definitions: an index key declared of another type than the items'"
                        + " AlbumTitle leaves them out of the index, and every Query of it by a string fails")
                .contains(AttributeDefinition.builder().attributeName(Song.ALBUM_TITLE)
                        .attributeType(ScalarAttributeType.S).build());
        Elements.heldBy("a Query of " + MusicFixture.INDEX + " for \"Somewhat Famous\", made by the test", "song",
                        music.storedSongsOnAlbum("Somewhat Famous"))
                .inAnyOrder(MusicFixture.sampleSongs().stream()
                        .filter(song -> "Somewhat Famous".equals(song.getAlbumTitle()))
                        .toList());
    }

    @Test
    @DisplayName("polls DescribeTable until it shows the index ACTIVE before returning, and keeps the table's songs")
    void waitsUntilIndexActive(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        Waiting.untilIndexActive(dynamo, MusicFixture.TABLE, MusicFixture.INDEX)
                .waitsForIt("addAlbumTitleIndex", addIndex(music));

        Elements.heldBy("the table after adding the index", "song", music.storedSongs())
                .inAnyOrder(MusicFixture.sampleSongs());
    }

    @Test
    @DisplayName("pauses between two DescribeTable polls for as long as the Polling says")
    void pausesBetweenPolls(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        Waiting.untilIndexActive(dynamo, MusicFixture.TABLE, MusicFixture.INDEX)
                .pausesBetweenPolls("addAlbumTitleIndex", addIndex(music));
    }

    @Test
    @DisplayName("gives up with an exception after Polling.maxPolls() polls if the index never becomes ACTIVE")
    void givesUpAfterMaxPolls(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        Waiting.untilIndexActive(dynamo, MusicFixture.TABLE, MusicFixture.INDEX)
                .givesUp("addAlbumTitleIndex", addIndex(music));
    }

    private static Waiting.PollingCall addIndex(MusicFixture music) {
        return (maxPolls, pause) -> music.catalog().addAlbumTitleIndex(new Polling(maxPolls, pause));
    }

    private static GlobalSecondaryIndexDescription albumTitleIndex(TestDynamoDb dynamo, MusicFixture music) {
        var indexes = dynamo.admin().describeTable(request -> request.tableName(music.tableName())).table()
                .globalSecondaryIndexes();
        assertThat(indexes).as("the table's global secondary indexes").extracting(GlobalSecondaryIndexDescription::indexName)
                .containsExactly(MusicFixture.INDEX);
        return indexes.get(0);
    }
}
