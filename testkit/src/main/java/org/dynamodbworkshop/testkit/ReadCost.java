package org.dynamodbworkshop.testkit;

import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * What a correct read of a test's data costs, measured by making it with the admin client: how many 1 MB pages it
 * takes and how many read capacity units it consumes, strongly consistent (the dearer kind, so that either kind of
 * read fits the budget). A budget then holds for any code that reads only those items, in whichever spelling.
 *
 * @param what the items read, for the learner: {@code "the 450 songs of the artist"}
 * @param pages how many requests the read takes, one a page
 * @param readUnits the read capacity units it consumes in all
 */
public record ReadCost(String what, int pages, double readUnits) {

    /** Runs the Query, page by page, with the admin client. */
    public static ReadCost ofQuery(TestDynamoDb dynamo, String what, QueryRequest query) {
        return measure(what, startKey -> {
            QueryResponse page = dynamo.admin().query(query.toBuilder().consistentRead(query.indexName() == null)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).exclusiveStartKey(startKey).build());
            return new Page(page.consumedCapacity(), page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null);
        });
    }

    /** Runs the Scan, page by page, with the admin client. */
    public static ReadCost ofScan(TestDynamoDb dynamo, String what, ScanRequest scan) {
        return measure(what, startKey -> {
            ScanResponse page = dynamo.admin().scan(scan.toBuilder().consistentRead(scan.indexName() == null)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).exclusiveStartKey(startKey).build());
            return new Page(page.consumedCapacity(), page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null);
        });
    }

    private static ReadCost measure(String what, Function<Map<String, AttributeValue>, Page> read) {
        int pages = 0;
        double units = 0;
        Map<String, AttributeValue> startKey = null;
        do {
            Page page = read.apply(startKey);
            pages++;
            units += page.consumed() == null ? 0 : page.consumed().capacityUnits();
            startKey = page.lastEvaluatedKey() == null || page.lastEvaluatedKey().isEmpty() ? null
                    : page.lastEvaluatedKey();
        } while (startKey != null);
        return new ReadCost(what, pages, units);
    }

    private record Page(ConsumedCapacity consumed, Map<String, AttributeValue> lastEvaluatedKey) {
    }

    /** Reads like "reading the 450 songs of the artist takes 2 pages and 60.0 RCU". */
    @Override
    public String toString() {
        return "reading " + what + " takes " + Text.count(pages, "request") + " and " + Capacity.units(readUnits)
                + " RCU";
    }
}
