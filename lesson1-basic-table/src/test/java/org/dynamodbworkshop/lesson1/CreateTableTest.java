package org.dynamodbworkshop.lesson1;

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
@Tag("1.1")
@DisplayName("1.1 Create the Music table")
class CreateTableTest {

    @Test
    @DisplayName("the key is Artist (partition key) and SongTitle (sort key), both strings")
    void keyIsArtistAndSongTitle(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withoutTable(dynamo);

        music.catalog().createTable(Polling.LOCAL);

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

        music.catalog().createTable(Polling.LOCAL);

        TableDescription table = describe(dynamo, music);
        assertThat(table.billingModeSummary() == null ? null : table.billingModeSummary().billingMode())
                .as("the table's billing mode").isEqualTo(BillingMode.PAY_PER_REQUEST);
    }

    @Test
    @DisplayName("polls DescribeTable until it shows the table ACTIVE before returning")
    void waitsUntilActive(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withoutTable(dynamo);

        Waiting.untilTableActive(dynamo, MusicFixture.TABLE).waitsForIt("createTable", createTable(music));
    }

    @Test
    @DisplayName("pauses between two DescribeTable polls for as long as the Polling says")
    void pausesBetweenPolls(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withoutTable(dynamo);

        Waiting.untilTableActive(dynamo, MusicFixture.TABLE).pausesBetweenPolls("createTable", createTable(music));
    }

    @Test
    @DisplayName("gives up with an exception after Polling.maxPolls() polls if the table never becomes ACTIVE")
    void givesUpAfterMaxPolls(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withoutTable(dynamo);

        Waiting.untilTableActive(dynamo, MusicFixture.TABLE).givesUp("createTable", createTable(music));
    }

    private static Waiting.PollingCall createTable(MusicFixture music) {
        return (maxPolls, pause) -> music.catalog().createTable(new Polling(maxPolls, pause));
    }

    private static TableDescription describe(TestDynamoDb dynamo, MusicFixture music) {
        return dynamo.admin().describeTable(request -> request.tableName(music.tableName())).table();
    }
}
