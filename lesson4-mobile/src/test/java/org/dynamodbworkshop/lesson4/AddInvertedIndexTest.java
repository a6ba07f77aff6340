package org.dynamodbworkshop.lesson4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.follows;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.photo;
import static org.dynamodbworkshop.lesson4.QuickPhotosFixture.user;
import static org.dynamodbworkshop.testkit.RequestPattern.describeTable;
import static org.dynamodbworkshop.testkit.RequestPattern.updateTable;
import static org.dynamodbworkshop.testkit.StudentCode.catchThrowable;
import static org.dynamodbworkshop.testkit.StudentCode.expectThrown;

import java.time.Duration;
import org.dynamodbworkshop.common.Polling;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.TransientStates;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.RequestPattern;
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
@Tag("4.7")
@DisplayName("4.7 Add the inverted index")
class AddInvertedIndexTest {

    private static final int CREATING_POLLS = 2;

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
    @DisplayName("polls DescribeTable until it reports the index ACTIVE before returning, and keeps the table's items")
    void waitsUntilIndexActive(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = sampleTable(dynamo);
        TransientStates backfill = TransientStates.lasting(CREATING_POLLS);
        dynamo.intercept(backfill);
        var before = photos.storedItems();

        photos.app().addInvertedIndex(photos.indexPolling());

        assertThat(backfill.reportedActive(photos.tableName(), QuickPhotosFixture.INDEX))
                .as("whether a DescribeTable showed your code the index ACTIVE before addInvertedIndex returned (the"
                        + " first %d DescribeTable requests after the UpdateTable report it CREATING, as AWS does while"
                        + " it fills the index): querying an index before that fails", CREATING_POLLS)
                .isTrue();
        assertThat(invertedIndex(dynamo, photos).indexStatus()).as("the status of " + QuickPhotosFixture.INDEX)
                .isEqualTo(IndexStatus.ACTIVE);
        Elements.heldBy("the table after adding the index", "item", photos.storedItems())
                .showing(item -> QuickPhotosFixture.keyOf(item) + " " + item)
                .inOrder(before);
        RequestBudget.exactly(1, updateTable(QuickPhotosFixture.TABLE))
                .andAtLeast(CREATING_POLLS + 1, describeTable(QuickPhotosFixture.TABLE))
                .orElseAdvise("A new index is CREATING while DynamoDB fills it: poll DescribeTable until the index"
                        + " is ACTIVE. There is no waiter for indexes.")
                .assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("pauses between two DescribeTable polls for as long as the Polling says")
    void pausesBetweenPolls(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = sampleTable(dynamo);
        dynamo.intercept(TransientStates.lasting(CREATING_POLLS));
        Polling polling = dynamo.isEmbeddedLocal() ? new Polling(500, Duration.ofMillis(40))
                : photos.indexPolling();

        photos.app().addInvertedIndex(polling);

        RequestPattern poll = describeTable(QuickPhotosFixture.TABLE);
        int polls = dynamo.requests().matching(poll).size();
        assertThat(polls).as("the DescribeTable polls: the first %d report the index CREATING, so waiting until it"
                + " is ACTIVE takes more", CREATING_POLLS).isGreaterThan(CREATING_POLLS);
        int pauses = polls - 1;
        long leastPaused = pauses * polling.pause().toMillis() * 9 / 10;
        assertThat(dynamo.requests().pausedAfter(poll.matcher()).toMillis())
                .as("the time from the response of each DescribeTable to the next DescribeTable, in all, over %d"
                        + " pauses with Polling.pause() = %d ms: at least %d ms. Polling without a pause floods"
                        + " DynamoDB with requests, and AWS throttles them", pauses, polling.pause().toMillis(),
                        leastPaused)
                .isGreaterThanOrEqualTo(leastPaused);
    }

    @Test
    @DisplayName("gives up with an exception after Polling.maxPolls() polls if the index never becomes ACTIVE")
    void givesUpAfterMaxPolls(TestDynamoDb dynamo) {
        QuickPhotosFixture photos = sampleTable(dynamo);
        dynamo.intercept(TransientStates.lasting(1_000));
        Polling polling = new Polling(4, Duration.ofMillis(1));

        Throwable thrown = catchThrowable(() -> photos.app().addInvertedIndex(polling));

        expectThrown(Throwable.class, "addInvertedIndex of an index still CREATING after " + polling.maxPolls()
                + " polls", thrown, "A poll needs a bound, so that a stuck index fails loudly instead of hanging.");
        assertThat(dynamo.requests().matching(describeTable(QuickPhotosFixture.TABLE)).size())
                .as("the DescribeTable requests, with Polling.maxPolls() = %d", polling.maxPolls())
                .isBetween(1, polling.maxPolls());
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
