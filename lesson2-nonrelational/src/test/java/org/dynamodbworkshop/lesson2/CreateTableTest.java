package org.dynamodbworkshop.lesson2;

import static org.assertj.core.api.Assertions.assertThat;

import org.dynamodbworkshop.common.Polling;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.dynamodbworkshop.testkit.Waiting;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

@LessonTest
@Tag("2.1")
@DisplayName("2.1 Create the Books table")
class CreateTableTest {

    @Test
    @DisplayName("the key is Author (partition key) and Title (sort key), both strings")
    void keyIsAuthorAndTitle(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withoutTable(dynamo);

        books.catalog().createTable(Polling.LOCAL);

        TableDescription table = describe(dynamo, books);
        assertThat(table.keySchema()).as("the table's key schema").containsExactly(
                KeySchemaElement.builder().attributeName(Book.AUTHOR).keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName(Book.TITLE).keyType(KeyType.RANGE).build());
        assertThat(table.attributeDefinitions()).as("the types of the key attributes").containsExactlyInAnyOrder(
                AttributeDefinition.builder().attributeName(Book.AUTHOR).attributeType(ScalarAttributeType.S).build(),
                AttributeDefinition.builder().attributeName(Book.TITLE).attributeType(ScalarAttributeType.S).build());
    }

    @Test
    @DisplayName("the table is billed on demand and has no secondary index yet (exercise 2.5 adds it)")
    void onDemandWithoutIndexes(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withoutTable(dynamo);

        books.catalog().createTable(Polling.LOCAL);

        TableDescription table = describe(dynamo, books);
        assertThat(table.billingModeSummary() == null ? null : table.billingModeSummary().billingMode())
                .as("the table's billing mode").isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(table.globalSecondaryIndexes())
                .as("the table's global secondary indexes: the Enhanced Client's createTable() adds the index that"
                        + " Book's annotations declare, but the tutorial adds CategoryIndex to the live table later")
                .isEmpty();
    }

    @Test
    @DisplayName("polls DescribeTable until it shows the table ACTIVE before returning")
    void waitsUntilActive(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withoutTable(dynamo);

        Waiting.untilTableActive(dynamo, BooksFixture.TABLE).waitsForIt("createTable", createTable(books));
    }

    @Test
    @DisplayName("pauses between two DescribeTable polls for as long as the Polling says")
    void pausesBetweenPolls(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withoutTable(dynamo);

        Waiting.untilTableActive(dynamo, BooksFixture.TABLE).pausesBetweenPolls("createTable", createTable(books));
    }

    @Test
    @DisplayName("gives up with an exception after Polling.maxPolls() polls if the table never becomes ACTIVE")
    void givesUpAfterMaxPolls(TestDynamoDb dynamo) {
        BooksFixture books = BooksFixture.withoutTable(dynamo);

        Waiting.untilTableActive(dynamo, BooksFixture.TABLE).givesUp("createTable", createTable(books));
    }

    private static Waiting.PollingCall createTable(BooksFixture books) {
        return (maxPolls, pause) -> books.catalog().createTable(new Polling(maxPolls, pause));
    }

    private static TableDescription describe(TestDynamoDb dynamo, BooksFixture books) {
        return dynamo.admin().describeTable(request -> request.tableName(books.tableName())).table();
    }
}
