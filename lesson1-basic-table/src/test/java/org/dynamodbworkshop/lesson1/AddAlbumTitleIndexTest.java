package org.dynamodbworkshop.lesson1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.describeTable;
import static org.dynamodbworkshop.testkit.RequestPattern.updateTable;

import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

@LessonTest
@Tag("1.7")
@DisplayName("1.7 Add the AlbumTitle index")
class AddAlbumTitleIndexTest {

    @Test
    @DisplayName("the index is keyed on AlbumTitle and projects every attribute")
    void indexIsKeyedOnAlbumTitle(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        music.catalog().addAlbumTitleIndex();

        GlobalSecondaryIndexDescription index = albumTitleIndex(dynamo, music);
        assertThat(index.keySchema()).as("the key schema of " + MusicFixture.INDEX)
                .containsExactly(KeySchemaElement.builder().attributeName(Song.ALBUM_TITLE).keyType(KeyType.HASH).build());
        assertThat(index.projection().projectionType()).as("the projection of " + MusicFixture.INDEX)
                .isEqualTo(ProjectionType.ALL);
    }

    @Test
    @DisplayName("waits until the index is ACTIVE before returning, and keeps the table's songs")
    void waitsUntilIndexActive(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        music.catalog().addAlbumTitleIndex();

        assertThat(albumTitleIndex(dynamo, music).indexStatus()).as("the status of " + MusicFixture.INDEX)
                .isEqualTo(IndexStatus.ACTIVE);
        Elements.heldBy("the table after adding the index", "song", music.storedSongs())
                .inAnyOrder(MusicFixture.sampleSongs());
        RequestBudget.exactly(1, updateTable(MusicFixture.TABLE))
                .andAtLeast(1, describeTable(MusicFixture.TABLE))
                .orElseAdvise("A new index is CREATING while DynamoDB fills it: poll DescribeTable until the index"
                        + " is ACTIVE. There is no waiter for indexes.")
                .assertMetBy(dynamo.requests());
    }

    private static GlobalSecondaryIndexDescription albumTitleIndex(TestDynamoDb dynamo, MusicFixture music) {
        var indexes = dynamo.admin().describeTable(request -> request.tableName(music.tableName())).table()
                .globalSecondaryIndexes();
        assertThat(indexes).as("the table's global secondary indexes").extracting(GlobalSecondaryIndexDescription::indexName)
                .containsExactly(MusicFixture.INDEX);
        return indexes.get(0);
    }
}
