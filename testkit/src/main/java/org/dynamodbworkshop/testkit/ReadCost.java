package org.dynamodbworkshop.testkit;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

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
        int pages = 0;
        double units = 0;
        Map<String, AttributeValue> startKey = null;
        do {
            QueryRequest page = query.toBuilder().consistentRead(query.indexName() == null)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).exclusiveStartKey(startKey).build();
            QueryResponse response = dynamo.admin().query(page);
            pages++;
            units += response.consumedCapacity() == null ? 0 : response.consumedCapacity().capacityUnits();
            startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (startKey != null);
        return new ReadCost(what, pages, units);
    }

    /** Reads like "reading the 450 songs of the artist takes 2 pages and 60.0 RCU". */
    @Override
    public String toString() {
        return "reading " + what + " takes " + Text.count(pages, "request") + " and " + Capacity.units(readUnits)
                + " RCU";
    }
}
