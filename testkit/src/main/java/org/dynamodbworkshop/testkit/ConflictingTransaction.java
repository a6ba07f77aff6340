package org.dynamodbworkshop.testkit;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Plays another transaction that is changing an item at the moment of the first TransactWriteItems: DynamoDB cancels
 * that request without writing anything, with the reason {@code TransactionConflict} for the action on the item and
 * {@code None} for the others, in the order of the actions. Later requests go through.
 *
 * <p>Real DynamoDB does this to a transaction that meets another one on the same item; DynamoDB Local runs
 * transactions one after another and never does. No condition failed, so code that reports the cancellation as a
 * broken rule of the app ("already joined", "not found") tells its caller something untrue. Use it before the
 * recorded client is first used:
 *
 * <pre>{@code
 * dynamo.intercept(new ConflictingTransaction(Game.keyAttributes("g-1")));
 * Throwable thrown = StudentCode.catchThrowable(() -> ... code under test on dynamo.client() ...);
 * }</pre>
 *
 * <p>The request recorder sees the cancelled request and its exception as for any other request.
 */
public final class ConflictingTransaction implements ExecutionInterceptor {

    private final Map<String, AttributeValue> busyKey;
    private boolean conflicted;

    /**
     * @param busyKey the key of the item another transaction is changing, as the table stores it: an action is on
     *        that item when its key (for a Put, its item) has these attribute values
     */
    public ConflictingTransaction(Map<String, AttributeValue> busyKey) {
        this.busyKey = Map.copyOf(busyKey);
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (!(context.request() instanceof TransactWriteItemsRequest request) || !firstTransaction()) {
            return;
        }
        List<CancellationReason> reasons = request.transactItems().stream()
                .map(action -> CancellationReason.builder()
                        .code(touchesBusyItem(action) ? "TransactionConflict" : "None")
                        .message(touchesBusyItem(action) ? "Transaction is ongoing for the item" : null)
                        .build())
                .toList();
        String message = "Transaction cancelled, please refer cancellation reasons for specific reasons "
                + reasons.stream().map(CancellationReason::code).toList();
        throw TransactionCanceledException.builder()
                .message(message)
                .cancellationReasons(reasons)
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("TransactionCanceledException")
                        .errorMessage(message)
                        .serviceName("DynamoDb")
                        .build())
                .build();
    }

    /** Whether the conflict was played, i.e. the code under test sent a TransactWriteItems. */
    public synchronized boolean happened() {
        return conflicted;
    }

    private synchronized boolean firstTransaction() {
        boolean first = !conflicted;
        conflicted = true;
        return first;
    }

    private boolean touchesBusyItem(TransactWriteItem action) {
        Map<String, AttributeValue> key = action.put() != null ? action.put().item()
                : action.update() != null ? action.update().key()
                : action.delete() != null ? action.delete().key()
                : action.conditionCheck().key();
        return busyKey.entrySet().stream().allMatch(part -> part.getValue().equals(key.get(part.getKey())));
    }
}
