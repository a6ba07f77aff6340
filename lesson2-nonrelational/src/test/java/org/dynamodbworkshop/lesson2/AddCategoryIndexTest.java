package org.dynamodbworkshop.lesson2;

import static org.assertj.core.api.Assertions.assertThat;

import org.dynamodbworkshop.common.Polling;
import org.dynamodbworkshop.testkit.Elements;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.dynamodbworkshop.testkit.TransientStates;
import org.dynamodbworkshop.testkit.Waiting;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * On AWS a new index is CREATING while DynamoDB fills it from the table, and querying it then fails. DynamoDB Local
 * fills it at once, so these tests make DescribeTable report it CREATING for a few polls, as AWS would.
 */
@LessonTest
@Tag("2.5")
@DisplayName("2.5 Add the CategoryIndex")
class AddCategoryIndexTest {

    private static final int CREATING_POLLS = 2;

    @Test
    @DisplayName("the index is keyed on Category and projects every attribute")
    void indexIsKeyedOnCategory(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, BooksFixture.tutorialBooks());
        dynamo.intercept(TransientStates.lasting(CREATING_POLLS));

        books.catalog().addCategoryIndex(books.indexPolling());

        GlobalSecondaryIndexDescription index = categoryIndex(dynamo, books);
        assertThat(index.keySchema()).as("the key schema of " + BooksFixture.INDEX)
                .containsExactly(KeySchemaElement.builder().attributeName(Book.CATEGORY).keyType(KeyType.HASH).build());
        assertThat(index.projection().projectionType()).as("the projection of " + BooksFixture.INDEX)
                .isEqualTo(ProjectionType.ALL);
    }

    @Test
    @DisplayName("polls DescribeTable until it shows the index ACTIVE before returning, and keeps the table's items")
    void waitsUntilIndexActive(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, BooksFixture.tutorialBooks());

        waiting(dynamo).waitsForIt("addCategoryIndex", addIndex(books));

        Elements.heldBy("the table after adding the index", "book", books.storedBooks())
                .inOrder(BooksFixture.tutorialBooks().stream().sorted(BooksFixture.KEY_ORDER).toList());
    }

    @Test
    @DisplayName("pauses between two DescribeTable polls for as long as the Polling says")
    void pausesBetweenPolls(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, BooksFixture.tutorialBooks());

        waiting(dynamo).pausesBetweenPolls("addCategoryIndex", addIndex(books));
    }

    @Test
    @DisplayName("gives up with an exception after Polling.maxPolls() polls if the index never becomes ACTIVE")
    void givesUpAfterMaxPolls(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withBooks(dynamo, BooksFixture.tutorialBooks());

        waiting(dynamo).givesUp("addCategoryIndex", addIndex(books));
    }

    private static Waiting waiting(TestDynamoDb dynamo) {
        return Waiting.untilIndexActive(dynamo, BooksFixture.TABLE, BooksFixture.INDEX);
    }

    private static Waiting.PollingCall addIndex(BooksFixture books) {
        return (maxPolls, pause) -> books.catalog().addCategoryIndex(new Polling(maxPolls, pause));
    }

    private static GlobalSecondaryIndexDescription categoryIndex(TestDynamoDb dynamo, BooksFixture books) {
        var indexes = dynamo.admin().describeTable(request -> request.tableName(books.tableName())).table()
                .globalSecondaryIndexes();
        assertThat(indexes).as("the table's global secondary indexes")
                .extracting(GlobalSecondaryIndexDescription::indexName)
                .containsExactly(BooksFixture.INDEX);
        return indexes.get(0);
    }
}
