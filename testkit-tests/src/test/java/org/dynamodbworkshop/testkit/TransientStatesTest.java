package org.dynamodbworkshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** The states that AWS takes time over, played on DynamoDB Local for the recorded client. */
@LessonTest
@DisplayName("TransientStates")
class TransientStatesTest {

    @Test
    @DisplayName("a table the code creates is CREATING for the first DescribeTables, and unusable until seen ACTIVE")
    void createdTableIsCreatingAtFirst(TestDynamoDb dynamo) {
        TransientStates states = TransientStates.lasting(2);
        dynamo.intercept(states);
        String table = dynamo.tableName(MusicTable.TABLE);

        var created = dynamo.client().createTable(request -> request.tableName(table)
                .keySchema(key -> key.attributeName(MusicTable.ARTIST).keyType(KeyType.HASH))
                .attributeDefinitions(definition -> definition.attributeName(MusicTable.ARTIST)
                        .attributeType(ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        Throwable tooSoon = catchThrowable(() -> dynamo.client().getItem(request -> request.tableName(table)
                .key(java.util.Map.of(MusicTable.ARTIST, MusicTable.text("A")))));

        assertThat(created.tableDescription().tableStatus()).isEqualTo(TableStatus.CREATING);
        assertThat(tooSoon).isInstanceOf(ResourceNotFoundException.class);
        assertThat(statusSeen(dynamo, table)).isEqualTo(TableStatus.CREATING);
        assertThat(statusSeen(dynamo, table)).isEqualTo(TableStatus.CREATING);
        assertThat(states.reportedActive(table)).isFalse();
        assertThat(statusSeen(dynamo, table)).isEqualTo(TableStatus.ACTIVE);
        assertThat(states.reportedActive(table)).isTrue();
        dynamo.client().getItem(request -> request.tableName(table)
                .key(java.util.Map.of(MusicTable.ARTIST, MusicTable.text("A"))));
    }

    @Test
    @DisplayName("an index the code adds is CREATING while the table turns ACTIVE, and cannot be queried until seen ACTIVE")
    void addedIndexIsCreatingWhileTableIsActive(TestDynamoDb dynamo) {
        TransientStates states = TransientStates.lasting(2);
        dynamo.intercept(states);
        String table = MusicTable.create(dynamo);

        dynamo.client().updateTable(request -> request.tableName(table)
                .attributeDefinitions(MusicTable.albumAttribute())
                .globalSecondaryIndexUpdates(update -> update.create(MusicTable.albumIndex())));
        var first = dynamo.client().describeTable(request -> request.tableName(table)).table();
        var second = dynamo.client().describeTable(request -> request.tableName(table)).table();
        Throwable tooSoon = catchThrowable(() -> dynamo.client().query(request -> request.tableName(table)
                .indexName(MusicTable.INDEX).keyConditionExpression("AlbumTitle = :a")
                .expressionAttributeValues(java.util.Map.of(":a", MusicTable.text("X")))));
        // DynamoDB Local itself may show a new index CREATING for a moment longer.
        var third = dynamo.client().describeTable(request -> request.tableName(table)).table();
        for (int poll = 0; poll < 1_000 && third.globalSecondaryIndexes().get(0).indexStatus() != IndexStatus.ACTIVE;
                poll++) {
            third = dynamo.client().describeTable(request -> request.tableName(table)).table();
        }

        assertThat(first.tableStatus()).isEqualTo(TableStatus.UPDATING);
        assertThat(second.tableStatus()).as("the table, while its index fills").isEqualTo(TableStatus.ACTIVE);
        assertThat(second.globalSecondaryIndexes().get(0).indexStatus()).isEqualTo(IndexStatus.CREATING);
        assertThat(tooSoon).isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("Cannot read from backfilling global secondary index");
        assertThat(third.globalSecondaryIndexes().get(0).indexStatus()).isEqualTo(IndexStatus.ACTIVE);
        assertThat(states.reportedActive(table, MusicTable.INDEX)).isTrue();
        assertThat(states.started(table, Optional.of(MusicTable.INDEX))).isTrue();
    }

    @Test
    @DisplayName("on the test kit's DynamoDB Local, an index is ACTIVE as soon as its played state ends")
    void onLocalIndexIsActiveOncePlayed(TestDynamoDb dynamo) {
        TransientStates states = TransientStates.lastingOnLocal(1);
        dynamo.intercept(states);
        String table = MusicTable.create(dynamo);

        dynamo.client().updateTable(request -> request.tableName(table)
                .attributeDefinitions(MusicTable.albumAttribute())
                .globalSecondaryIndexUpdates(update -> update.create(MusicTable.albumIndex())));
        var first = dynamo.client().describeTable(request -> request.tableName(table)).table();
        var second = dynamo.client().describeTable(request -> request.tableName(table)).table();

        assertThat(first.globalSecondaryIndexes().get(0).indexStatus()).isEqualTo(IndexStatus.CREATING);
        assertThat(second.globalSecondaryIndexes().get(0).indexStatus()).isEqualTo(IndexStatus.ACTIVE);
        assertThat(states.reportedActive(table, MusicTable.INDEX)).isTrue();
    }

    @Test
    @DisplayName("a table the code deletes is DELETING for the first DescribeTables, then gone")
    void deletedTableIsDeletingAtFirst(TestDynamoDb dynamo) {
        TransientStates states = TransientStates.lasting(2);
        dynamo.intercept(states);
        String table = MusicTable.create(dynamo);

        dynamo.client().deleteTable(request -> request.tableName(table));

        assertThat(statusSeen(dynamo, table)).isEqualTo(TableStatus.DELETING);
        assertThat(statusSeen(dynamo, table)).isEqualTo(TableStatus.DELETING);
        assertThat(states.reportedGone(table)).isFalse();
        assertThat(catchThrowable(() -> statusSeen(dynamo, table))).isInstanceOf(ResourceNotFoundException.class);
        assertThat(states.reportedGone(table)).isTrue();
    }

    @Test
    @DisplayName("the SDK's waiter for a deleted table polls through DELETING until the table is gone")
    void waiterPollsThroughDeleting(TestDynamoDb dynamo) {
        TransientStates states = TransientStates.lasting(3);
        dynamo.intercept(states);
        String table = MusicTable.create(dynamo);
        dynamo.client().deleteTable(request -> request.tableName(table));

        try (var waiter = software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter.builder()
                .client(dynamo.client())
                .overrideConfiguration(config -> config.maxAttempts(10).backoffStrategy(
                        software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy.create(
                                java.time.Duration.ofMillis(1))))
                .build()) {
            waiter.waitUntilTableNotExists(request -> request.tableName(table));
        }

        assertThat(states.reportedGone(table)).isTrue();
        assertThat(dynamo.requests().matching(RequestPattern.describeTable(MusicTable.TABLE))).hasSize(4);
    }

    private static TableStatus statusSeen(TestDynamoDb dynamo, String table) {
        return dynamo.client().describeTable(request -> request.tableName(table)).table().tableStatus();
    }
}
