package org.dynamodbworkshop.lesson1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.dynamodbworkshop.testkit.RequestPattern.deleteTable;
import static org.dynamodbworkshop.testkit.RequestPattern.describeTable;

import org.dynamodbworkshop.testkit.LessonTest;
import org.dynamodbworkshop.testkit.RequestBudget;
import org.dynamodbworkshop.testkit.TestDynamoDb;
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

        music.catalog().deleteTable();

        Throwable describe = catchThrowable(() -> dynamo.admin().describeTable(request -> request.tableName(music.tableName())));
        assertThat(describe).as("DescribeTable after deleteTable()").isInstanceOf(ResourceNotFoundException.class);
        RequestBudget.exactly(1, deleteTable(MusicFixture.TABLE))
                .andAny(describeTable(MusicFixture.TABLE))
                .orElseAdvise("DeleteTable removes the table and all its items at once: no need to delete items first.")
                .assertMetBy(dynamo.requests());
    }
}
