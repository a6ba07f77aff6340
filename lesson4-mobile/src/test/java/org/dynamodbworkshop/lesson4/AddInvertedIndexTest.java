package org.dynamodbworkshop.lesson4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.follows;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.photo;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.user;

import org.dynamodbworkshop.common.Polling;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.dynamodbworkshop.testkit.Waiting;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

@LessonTest
@Tag("4.7")
@DisplayName("4.7 Add the inverted index")
class AddInvertedIndexTest {

    @Test
    @DisplayName("the index turns the key around: SK is its partition key, PK its sort key, and it projects everything")
    void indexIsKeyedOnSkThenPk(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = sampleTable(dynamo);

        photos.app().addInvertedIndex(photos.indexPolling());

        GlobalSecondaryIndexDescription index = invertedIndex(dynamo, photos);
        assertThat(index.keySchema()).as("the key schema of " + QuickPhotosFixture.INDEX).containsExactly(
                KeySchemaElement.builder().attributeName(QuickPhotosTable.SK).keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName(QuickPhotosTable.PK).keyType(KeyType.RANGE).build());
        assertThat(index.projection().projectionType()).as("the projection of " + QuickPhotosFixture.INDEX)
                .isEqualTo(ProjectionType.ALL);
    }

    @Test
    @DisplayName("polls DescribeTable until it shows the index ACTIVE before returning, and keeps the table's items")
    void waitsUntilIndexActive(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = sampleTable(dynamo);
        var before = photos.storedItems();

        waiting(dynamo).waitsForIt("addInvertedIndex", addIndex(photos));

        Elements.heldBy("the table after adding the index", "item", photos.storedItems())
                .showing(item -> QuickPhotosFixture.keyOf(item) + " " + item)
                .inOrder(before);
    }

    @Test
    @DisplayName("pauses between two DescribeTable polls for as long as the Polling says")
    void pausesBetweenPolls(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = sampleTable(dynamo);

        waiting(dynamo).pausesBetweenPolls("addInvertedIndex", addIndex(photos));
    }

    @Test
    @DisplayName("gives up with an exception after Polling.maxPolls() polls if the index never becomes ACTIVE")
    void givesUpAfterMaxPolls(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = sampleTable(dynamo);

        waiting(dynamo).givesUp("addInvertedIndex", addIndex(photos));
    }

    private static Waiting waiting(TestDynamoDb dynamo) {
        return Waiting.untilIndexActive(dynamo, QuickPhotosFixture.TABLE, QuickPhotosFixture.INDEX);
    }

    private static Waiting.PollingCall addIndex(QuickPhotosFixture photos) {
        return (maxPolls, pause) -> photos.app().addInvertedIndex(new Polling(maxPolls, pause));
    }

    private static QuickPhotosFixture sampleTable(TestDynamoDb dynamo) {
        Photo photo = photo("alice", "2024-02-01T09:00:00", 0, 0, 0, 1);
        return QuickPhotosFixture.withoutIndex(dynamo).with(
                user("alice", 1, 0), user("bob", 0, 1), photo, follows("bob", "alice", "2024-01-01T00:00:00"),
                QuickPhotosFixture.reaction("bob", ReactionType.HEART, photo, "2024-02-01T10:00:00"));
    }

    private static GlobalSecondaryIndexDescription invertedIndex(TestDynamoDb dynamo, QuickPhotosFixture photos) {
        var indexes = dynamo.admin().describeTable(request -> request.tableName(photos.tableName())).table()
                .globalSecondaryIndexes();
        assertThat(indexes).as("the table's global secondary indexes")
                .extracting(GlobalSecondaryIndexDescription::indexName).containsExactly(QuickPhotosFixture.INDEX);
        return indexes.get(0);
    }
}
