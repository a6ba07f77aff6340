package org.dynamodbworkshop.lesson1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.dynamodbworkshop.testkit.RequestPattern.deleteTable;
import static org.dynamodbworkshop.testkit.RequestPattern.describeTable;

import org.dynamodbworkshop.common.Polling;
import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
import org.dynamodbworkshop.testkit.Waiting;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

@LessonTest
@Tag("1.11")
@DisplayName("1.11 Delete the table")
class DeleteTableTest {

    @Test
    @DisplayName("the table is gone, deleted with one DeleteTable")
    void deletesTable(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        music.catalog().deleteTable(Polling.LOCAL);

        Throwable describe = catchThrowable(() -> dynamo.admin().describeTable(request -> request.tableName(music.tableName())));
        assertThat(describe).as("DescribeTable after deleteTable()").isInstanceOf(ResourceNotFoundException.class);
        RequestBudget.exactly(1, deleteTable(MusicFixture.TABLE))
                .andAny(describeTable(MusicFixture.TABLE))
                .orElseAdvise("DeleteTable removes the table and all its items at once: no need to delete items first.")
                .assertMetBy(dynamo.requests());
    }

    @Test
    @DisplayName("polls DescribeTable until it finds the table gone before returning")
    void waitsUntilGone(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        Waiting.untilTableGone(dynamo, MusicFixture.TABLE).waitsForIt("deleteTable", theDeleteTableCall(music));
    }

    @Test
    @DisplayName("pauses between two DescribeTable polls for as long as the Polling says")
    void pausesBetweenPolls(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        Waiting.untilTableGone(dynamo, MusicFixture.TABLE).pausesBetweenPolls("deleteTable", theDeleteTableCall(music));
    }

    @Test
    @DisplayName("gives up with an exception after Polling.maxPolls() polls if the table is never gone")
    void givesUpAfterMaxPolls(TestDynamoDb dynamo) {
        MusicFixture music = MusicFixture.withSongs(dynamo, MusicFixture.sampleSongs());

        Waiting.untilTableGone(dynamo, MusicFixture.TABLE).givesUp("deleteTable", theDeleteTableCall(music));
    }

    private static Waiting.PollingCall theDeleteTableCall(MusicFixture music) {
        return (maxPolls, pause) -> music.catalog().deleteTable(new Polling(maxPolls, pause));
    }
}
