package org.dynamodbworkshop.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Checks that the code under test found (or wrote) one item, and when it did not, shows the key the code sent
 * beside the key stored, read with the test's admin client:
 * <pre>
 * getUser("mreyes") found nothing: the code asked for SK "#METADATAmreyes", where the table holds "#METADATA#mreyes".
 *   the code sent:   GetItem on BattleRoyale, key {PK: "USER#mreyes", SK: "#METADATAmreyes"}
 *   the table holds: {PK: "USER#mreyes", SK: "#METADATA#mreyes"}
 * </pre>
 *
 * <pre>{@code
 * ItemLookup.in(dynamo, BattleRoyaleFixture.TABLE)
 *         .assertReturned("getUser(\"mreyes\")", user, maria, User.keyAttributes("mreyes"));
 * }</pre>
 */
public final class ItemLookup {

    private static final Pattern EQUALITY = Pattern.compile("([#A-Za-z0-9_.]+)\\s*=\\s*(:[A-Za-z0-9_]+)");
    private static final int SHOWN_REQUESTS = 3;
    private static final int SHOWN_NEIGHBOURS = 3;
    private static final String INDENT = "                     ";

    private final TestDynamoDb dynamo;
    private final String table;
    private final String because;

    private ItemLookup(TestDynamoDb dynamo, String table, String because) {
        this.dynamo = dynamo;
        this.table = table;
        this.because = because;
    }

    /** Looks up items of a table as the test knows it ({@code BattleRoyale}). */
    public static ItemLookup in(TestDynamoDb dynamo, String table) {
        return new ItemLookup(dynamo, table, "");
    }

    /** The same checks, with a sentence for the learner under a failure's first line. */
    public ItemLookup because(String explanation) {
        return new ItemLookup(dynamo, table, explanation);
    }

    /**
     * The value the code returned, failing if it returned nothing although the item with this key is stored.
     *
     * @param call the call, as the learner would write it: {@code getUser("mreyes")}
     * @param key the key of the item the call should have found
     */
    public <T> T assertFound(String call, Optional<T> actual, Map<String, AttributeValue> key) {
        if (actual == null) {
            throw new AssertionError(Text.cut(call + " returned null where an Optional was expected.", Text.WIDTH));
        }
        if (actual.isEmpty()) {
            throw new AssertionError(explained(notFound(call, key)));
        }
        return actual.get();
    }

    /** The code returned the expected value, found under this key. */
    public <T> void assertReturned(String call, Optional<? extends T> actual, T expected,
                                   Map<String, AttributeValue> key) {
        @SuppressWarnings("unchecked")
        T found = assertFound(call, (Optional<T>) actual, key);
        assertEqual(call + " returned another value", found, expected);
    }

    /**
     * The item the code should have written is stored under this key, as expected; if it is missing, shows where the
     * code's writes went instead.
     *
     * @param what the item, as the learner would name it: {@code the user hwalker after createUser}
     * @param stored the item as stored, read without the code under test
     */
    public <T> void assertStored(String what, Optional<? extends T> stored, T expected,
                                 Map<String, AttributeValue> key) {
        if (stored.isEmpty()) {
            throw new AssertionError(explained(notStored(what, key)));
        }
        assertEqual(what + " is not as expected", stored.get(), expected);
    }

    private void assertEqual(String lead, Object actual, Object expected) {
        if (Objects.equals(actual, expected)) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(Text.cut(Differences.where(lead, String.valueOf(actual), String.valueOf(expected)), Text.WIDTH));
        lines.addAll(Differences.sideBySide("expected: ", String.valueOf(expected), "actual:   ",
                String.valueOf(actual)));
        throw new AssertionError(explained(lines));
    }

    /** The lines of a message, with the explanation under the first one. */
    private String explained(List<String> lines) {
        List<String> all = new ArrayList<>(lines.subList(0, 1));
        all.addAll(Text.wrap("  ", because));
        all.addAll(lines.subList(1, lines.size()));
        return String.join("\n", all);
    }

    private List<String> notFound(String call, Map<String, AttributeValue> key) {
        RequestDetails details = new RequestDetails(dynamo);
        String physical = dynamo.tableName(table);
        String storedKey = details.key(physical, key);
        boolean stored = isStored(key);
        List<RecordedRequest> log = dynamo.requests().requests();
        List<String> lines = new ArrayList<>();
        if (!stored) {
            lines.add(Text.cut(call + " found nothing, and the table holds no item with the key " + storedKey
                    + " either.", Text.WIDTH));
            lines.addAll(details.lines("The code's requests", log, SHOWN_REQUESTS));
            return lines;
        }
        if (log.isEmpty()) {
            lines.add(Text.cut(call + " found nothing without asking DynamoDB: the code sent no request.", Text.WIDTH));
            lines.add(Text.line("  ", "the table holds: " + storedKey));
            return lines;
        }
        RecordedRequest last = log.get(log.size() - 1);
        Optional<Map<String, AttributeValue>> sent = details.singleKey(last);
        if (sent.isPresent() && physical.equals(RequestDetails.physicalTable(last).orElse(""))) {
            lines.add(Text.cut(call + " found nothing: " + keyDifference(details, physical, sent.get(), key),
                    Text.WIDTH));
            lines.addAll(Text.wrap("  the code sent:   ", INDENT, details.describe(last).get(0), 3));
            lines.addAll(Text.wrap("  the table holds: ", INDENT, storedKey, 2));
            lines.addAll(neighbours(details, physical, sent.get(), key));
        } else if (last.request() instanceof QueryRequest query && query.indexName() == null
                && physical.equals(query.tableName())) {
            lines.add(Text.cut(call + " found nothing: " + queryDifference(details, physical, last, query, key),
                    Text.WIDTH));
            lines.addAll(Text.wrap("  the code sent:   ", INDENT, details.describe(last).get(0), 3));
            lines.addAll(Text.wrap("  the table holds: ", INDENT, storedKey, 2));
        } else {
            lines.add(Text.cut(call + " found nothing, though the table holds " + storedKey + ".", Text.WIDTH));
            lines.addAll(details.lines("The code's requests", log, SHOWN_REQUESTS));
        }
        return lines;
    }

    private List<String> notStored(String what, Map<String, AttributeValue> key) {
        RequestDetails details = new RequestDetails(dynamo);
        String physical = dynamo.tableName(table);
        String expectedKey = details.key(physical, key);
        List<RecordedRequest> writes = dynamo.requests().requests().stream().filter(ItemLookup::writes).toList();
        List<String> lines = new ArrayList<>();
        if (writes.isEmpty()) {
            lines.add(Text.cut(what + " is missing: nothing is stored at " + expectedKey
                    + ", and the code wrote nothing.", Text.WIDTH));
            lines.addAll(details.lines("The code's requests", dynamo.requests().requests(), SHOWN_REQUESTS));
            return lines;
        }
        RecordedRequest last = writes.get(writes.size() - 1);
        Optional<Map<String, AttributeValue>> sent = details.singleKey(last);
        if (writes.size() == 1 && sent.isPresent() && !sameKey(sent.get(), key)) {
            lines.add(Text.cut(what + " is missing: the code wrote "
                    + differingParts(sent.get(), key, "where it belongs at"), Text.WIDTH));
            lines.addAll(Text.wrap("  the code sent: ", INDENT, details.describe(last).get(0), 3));
            lines.addAll(Text.wrap("  expected at:   ", INDENT, expectedKey, 2));
        } else {
            lines.add(Text.cut(what + " is missing: nothing is stored at " + expectedKey + ".", Text.WIDTH));
            lines.addAll(details.lines("The code's writes", writes, SHOWN_REQUESTS));
        }
        return lines;
    }

    /** "the code asked for SK "x", where the table holds "y"." or a whole-key version of it. */
    private static String keyDifference(RequestDetails details, String physical, Map<String, AttributeValue> sent,
                                        Map<String, AttributeValue> key) {
        if (sameKey(sent, key)) {
            return "the code asked for the right key, " + details.key(physical, sent) + ", and still returned nothing.";
        }
        return "the code asked for " + differingParts(sent, key, "where the table holds");
    }

    /** {@code SK "#METADATAmreyes", where the table holds "#METADATA#mreyes".} or the whole keys. */
    private static String differingParts(Map<String, AttributeValue> sent, Map<String, AttributeValue> key,
                                         String where) {
        List<String> differing = key.keySet().stream()
                .filter(name -> !Objects.equals(sent.get(name), key.get(name)))
                .sorted()
                .toList();
        if (differing.size() == 1 && sent.keySet().equals(key.keySet())) {
            String name = differing.get(0);
            return name + " " + RequestDetails.value(sent.get(name)) + ", " + where + " "
                    + RequestDetails.value(key.get(name)) + ".";
        }
        return "another key (" + differing.stream().collect(Collectors.joining(" and ")) + " differ), " + where
                + " the key below.";
    }

    /** Whether the Query reads the item's partition, and if so that its sort-key condition leaves the item out. */
    private String queryDifference(RequestDetails details, String physical, RecordedRequest recorded,
                                   QueryRequest query, Map<String, AttributeValue> key) {
        List<String> names = details.keyNames(physical);
        int returned = recorded.responseField("Count", Integer.class).orElse(0);
        if (names.isEmpty() || query.keyConditionExpression() == null) {
            return "the code's Query returned " + Text.count(returned, "item") + ", not the item it should find.";
        }
        String partitionKey = names.get(0);
        AttributeValue stored = key.get(partitionKey);
        Matcher equality = EQUALITY.matcher(query.keyConditionExpression());
        while (equality.find()) {
            String name = query.expressionAttributeNames().getOrDefault(equality.group(1), equality.group(1));
            AttributeValue value = query.expressionAttributeValues().get(equality.group(2));
            if (name.equals(partitionKey) && value != null) {
                if (!value.equals(stored)) {
                    return "the code's Query reads " + partitionKey + " " + RequestDetails.value(value)
                            + ", where the table holds " + RequestDetails.value(stored) + ".";
                }
                String item = names.size() > 1
                        ? names.get(1) + " " + RequestDetails.value(key.get(names.get(1))) : "the item";
                return "the code's Query reads the right partition, but its key condition leaves " + item + " out.";
            }
        }
        return "the code's Query returned " + Text.count(returned, "item") + ", not the item it should find.";
    }

    /** What the table holds in the partition the code asked for, when that is not the item's partition. */
    private List<String> neighbours(RequestDetails details, String physical, Map<String, AttributeValue> sent,
                                    Map<String, AttributeValue> key) {
        List<String> names = details.keyNames(physical);
        if (names.isEmpty() || sent.get(names.get(0)) == null
                || sent.get(names.get(0)).equals(key.get(names.get(0)))) {
            return List.of();
        }
        String partitionKey = names.get(0);
        AttributeValue partition = sent.get(partitionKey);
        QueryResponse near = dynamo.admin().query(request -> request
                .tableName(physical)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", partitionKey))
                .expressionAttributeValues(Map.of(":pk", partition))
                .limit(SHOWN_NEIGHBOURS)
                .consistentRead(true));
        String under = "under " + partitionKey + " " + RequestDetails.value(partition) + " the table holds ";
        if (near.items().isEmpty()) {
            return List.of(Text.line("  ", under + "nothing."));
        }
        return List.of(Text.line("  ", under + near.items().stream()
                .map(item -> details.key(physical, Map.copyOf(item.entrySet().stream()
                        .filter(part -> names.contains(part.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))))
                .collect(Collectors.joining(", ")) + (near.lastEvaluatedKey().isEmpty() ? "" : ", …")));
    }

    private boolean isStored(Map<String, AttributeValue> key) {
        return dynamo.admin().getItem(request -> request.tableName(dynamo.tableName(table)).key(key)
                .consistentRead(true)).hasItem();
    }

    private static boolean sameKey(Map<String, AttributeValue> sent, Map<String, AttributeValue> key) {
        return key.keySet().stream().allMatch(name -> Objects.equals(sent.get(name), key.get(name)));
    }

    private static boolean writes(RecordedRequest request) {
        Object sdk = request.request();
        return sdk instanceof PutItemRequest || sdk instanceof UpdateItemRequest
                || sdk instanceof TransactWriteItemsRequest
                || request.operation().equals("BatchWriteItem") || request.operation().equals("DeleteItem");
    }
}
