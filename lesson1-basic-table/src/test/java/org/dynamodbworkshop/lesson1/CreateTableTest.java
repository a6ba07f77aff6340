package org.dynamodbworkshop.lesson1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dynamodbworkshop.testkit.RequestPattern.createTable;
import static org.dynamodbworkshop.testkit.RequestPattern.describeTable;

import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

@LessonTest
@Tag("1.1")
@DisplayName("1.1 Create the Music table")
class CreateTableTest {

    @Test
    @DisplayName("the key is Artist (partition key) and SongTitle (sort key), both strings")
    void keyIsArtistAndSongTitle(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withoutTable(dynamo);

        music.catalog().createTable();

        TableDescription table = describe(dynamo, music);
        assertThat(table.keySchema()).as("the table's key schema").containsExactly(
                KeySchemaElement.builder().attributeName(Song.ARTIST).keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName(Song.SONG_TITLE).keyType(KeyType.RANGE).build());
        assertThat(table.attributeDefinitions()).as("the types of the key attributes").containsExactlyInAnyOrder(
                AttributeDefinition.builder().attributeName(Song.ARTIST).attributeType(ScalarAttributeType.S).build(),
                AttributeDefinition.builder().attributeName(Song.SONG_TITLE).attributeType(ScalarAttributeType.S).build());
    }

    @Test
    @DisplayName("the table is billed on demand (PAY_PER_REQUEST)")
    void billingIsOnDemand(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withoutTable(dynamo);

        music.catalog().createTable();

        TableDescription table = describe(dynamo, music);
        assertThat(table.billingModeSummary() == null ? null : table.billingModeSummary().billingMode())
                .as("the table's billing mode").isEqualTo(BillingMode.PAY_PER_REQUEST);
    }

    @Test
    @DisplayName("waits until the table is ACTIVE before returning")
    void waitsUntilActive(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withoutTable(dynamo);

        music.catalog().createTable();

        assertThat(describe(dynamo, music).tableStatus()).as("the table's status").isEqualTo(TableStatus.ACTIVE);
        RequestBudget.exactly(1, createTable(MusicFixture.TABLE))
                .andAtLeast(1, describeTable(MusicFixture.TABLE))
                .orElseAdvise("A new table is CREATING at first: wait with dynamoDb.waiter().waitUntilTableExists(...),"
                        + " which polls DescribeTable until the table is ACTIVE.")
                .assertMetBy(dynamo.requests());
    }

    private static TableDescription describe(TestDynamoDb dynamo, MusicFixture music) {
        return dynamo.admin().describeTable(request -> request.tableName(music.tableName())).table();
    }
}
