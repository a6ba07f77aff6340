package org.dynamodbworkshop.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Shows what a request of the code under test asked for, for failure messages: the keys it named and its
 * expressions with the placeholders filled in, e.g.
 * {@code Query on BattleRoyale: PK = "GAME#g-1" AND SK BETWEEN "#METADATA#g-1" AND "USER#"}.
 * It reads the tables' key schemas with the test's admin client, and only when a test fails.
 */
final class RequestDetails {

    private static final Pattern PLACEHOLDER = Pattern.compile("[#:][A-Za-z0-9_]+");
    private static final int SHOWN_KEYS = 3;
    private static final int SHOWN_ACTIONS = 4;
    private static final int LINES_PER_REQUEST = 3;
    private static final int LINES_PER_ACTION = 2;

    private final TestDynamoDb dynamo;
    private final Map<String, List<String>> keyNames = new HashMap<>();

    RequestDetails(TestDynamoDb dynamo) {
        this.dynamo = dynamo;
    }

    /**
     * The request on one line, then one line per action of a transaction, each line not yet cut to width.
     */
    List<String> describe(RecordedRequest recorded) {
        Object request = recorded.request();
        if (request instanceof GetItemRequest get) {
            return List.of("GetItem on " + table(get.tableName()) + ", key " + key(get.tableName(), get.key()));
        }
        if (request instanceof PutItemRequest put) {
            return List.of("PutItem on " + table(put.tableName()) + ", " + itemKey(put.tableName(), put.item())
                    + condition(put.conditionExpression(), put.expressionAttributeNames(),
                            put.expressionAttributeValues()));
        }
        if (request instanceof UpdateItemRequest update) {
            return List.of("UpdateItem on " + table(update.tableName()) + ", key "
                    + key(update.tableName(), update.key())
                    + condition(update.conditionExpression(), update.expressionAttributeNames(),
                            update.expressionAttributeValues())
                    + optional("; ", update.updateExpression(), update.expressionAttributeNames(),
                            update.expressionAttributeValues()));
        }
        if (request instanceof DeleteItemRequest delete) {
            return List.of("DeleteItem on " + table(delete.tableName()) + ", key "
                    + key(delete.tableName(), delete.key())
                    + optional("; condition: ", delete.conditionExpression(), delete.expressionAttributeNames(),
                            delete.expressionAttributeValues()));
        }
        if (request instanceof QueryRequest query) {
            return List.of(query(query));
        }
        if (request instanceof ScanRequest scan) {
            return List.of("Scan on " + table(scan.tableName()) + index(scan.indexName())
                    + optional("; filter: ", scan.filterExpression(), scan.expressionAttributeNames(),
                            scan.expressionAttributeValues())
                    + (scan.select() == Select.COUNT ? "; Select COUNT" : "")
                    + (scan.limit() == null ? "" : "; Limit " + scan.limit()));
        }
        if (request instanceof BatchGetItemRequest batch) {
            return batch.requestItems().entrySet().stream()
                    .map(entry -> "BatchGetItem on " + table(entry.getKey()) + ": "
                            + keys(entry.getKey(), entry.getValue().keys()))
                    .toList();
        }
        if (request instanceof BatchWriteItemRequest batch) {
            return batch.requestItems().entrySet().stream()
                    .map(entry -> "BatchWriteItem on " + table(entry.getKey()) + ": " + writes(entry.getValue()))
                    .toList();
        }
        if (request instanceof TransactWriteItemsRequest transaction) {
            List<String> lines = new ArrayList<>();
            lines.add("TransactWriteItems of " + Text.count(transaction.transactItems().size(), "action") + ":");
            transaction.transactItems().stream().limit(SHOWN_ACTIONS).map(action -> "  " + action(action))
                    .forEach(lines::add);
            if (transaction.transactItems().size() > SHOWN_ACTIONS) {
                lines.add("  … and " + (transaction.transactItems().size() - SHOWN_ACTIONS) + " more");
            }
            return lines;
        }
        if (request instanceof TransactGetItemsRequest transaction) {
            List<String> lines = new ArrayList<>();
            lines.add("TransactGetItems of " + Text.count(transaction.transactItems().size(), "get") + ":");
            transaction.transactItems().stream().limit(SHOWN_ACTIONS)
                    .map(get -> "  Get on " + table(get.get().tableName()) + ", key "
                            + key(get.get().tableName(), get.get().key()))
                    .forEach(lines::add);
            return lines;
        }
        if (request instanceof ExecuteStatementRequest statement) {
            return List.of(recorded + ": " + statement(statement.statement()));
        }
        return List.of(recorded.toString());
    }

    /** A PartiQL statement on one line, with the learner's name of the table it reads. */
    private String statement(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return PartiQlStatement.parseSelect(oneLine)
                .map(select -> oneLine.replace(select.table(), table(select.table())))
                .orElse(oneLine);
    }

    /**
     * The requests as lines of a failure message, numbered as in the whole log, with their keys and expressions:
     * the last {@code shown} of them, so that a loop of many calls shows the requests of its last call.
     */
    List<String> lines(String heading, List<RecordedRequest> log, int shown) {
        List<String> lines = new ArrayList<>();
        if (log.isEmpty()) {
            lines.add(Text.line("  ", heading + ": none."));
            return lines;
        }
        int first = Math.max(0, log.size() - shown);
        lines.add(Text.line("  ", heading + (first > 0 ? " (the last " + shown + " of " + log.size() + ")" : "")
                + ":"));
        for (int i = first; i < log.size(); i++) {
            List<String> described = describe(log.get(i));
            String number = "    " + (i + 1) + ". ";
            String indent = " ".repeat(number.length());
            lines.addAll(Text.wrap(number, indent + "  ", described.get(0), LINES_PER_REQUEST));
            described.stream().skip(1)
                    .forEach(action -> lines.addAll(Text.wrap(indent, indent + "    ", action, LINES_PER_ACTION)));
        }
        return lines;
    }

    /** The key a request that names exactly one item asked for (GetItem, PutItem, UpdateItem, DeleteItem). */
    Optional<Map<String, AttributeValue>> singleKey(RecordedRequest recorded) {
        Object request = recorded.request();
        if (request instanceof GetItemRequest get) {
            return Optional.of(get.key());
        }
        if (request instanceof UpdateItemRequest update) {
            return Optional.of(update.key());
        }
        if (request instanceof DeleteItemRequest delete) {
            return Optional.of(delete.key());
        }
        if (request instanceof PutItemRequest put) {
            List<String> names = keyNames(put.tableName());
            if (names.isEmpty()) {
                return Optional.empty();
            }
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            names.forEach(name -> key.put(name, put.item().get(name)));
            return Optional.of(key);
        }
        return Optional.empty();
    }

    /** The physical table a request reads or writes, if it is one table. */
    static Optional<String> physicalTable(RecordedRequest recorded) {
        return recorded.request().getValueForField("TableName", String.class);
    }

    /** The names of a table's key attributes, partition key first; empty if the table is gone. */
    List<String> keyNames(String physicalTable) {
        return keyNames.computeIfAbsent(physicalTable, table -> {
            try {
                return dynamo.admin().describeTable(request -> request.tableName(table)).table().keySchema().stream()
                        .sorted(Comparator.comparing((KeySchemaElement element) -> element.keyType() != KeyType.HASH))
                        .map(KeySchemaElement::attributeName)
                        .toList();
            } catch (DynamoDbException gone) {
                return List.of();
            }
        });
    }

    /** A key such as {@code {PK: "USER#mreyes", SK: "#METADATA#mreyes"}}, partition key first. */
    String key(String physicalTable, Map<String, AttributeValue> key) {
        List<String> order = keyNames(physicalTable);
        return "{" + key.entrySet().stream()
                .sorted(Comparator.comparing(
                                (Map.Entry<String, AttributeValue> part) -> order.indexOf(part.getKey()) < 0)
                        .thenComparing(part -> order.indexOf(part.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .map(part -> part.getKey() + ": " + value(part.getValue()))
                .collect(Collectors.joining(", ")) + "}";
    }

    /** A value as an expression would show it: strings quoted, so that a stray space shows. */
    static String value(AttributeValue value) {
        if (value == null) {
            return "(none)";
        }
        if (value.s() != null) {
            return quote(value.s());
        }
        if (value.n() != null) {
            return value.n();
        }
        if (value.bool() != null) {
            return value.bool().toString();
        }
        if (Boolean.TRUE.equals(value.nul())) {
            return "null";
        }
        if (value.b() != null) {
            return "(" + value.b().asByteArrayUnsafe().length + " bytes)";
        }
        if (value.hasSs()) {
            return value.ss().stream().map(RequestDetails::quote).collect(Collectors.joining(", ", "<<", ">>"));
        }
        if (value.hasNs()) {
            return String.join(", ", value.ns());
        }
        if (value.hasBs()) {
            return value.bs().stream().map(SdkBytes::asByteArrayUnsafe).map(bytes -> "(" + bytes.length + " bytes)")
                    .collect(Collectors.joining(", ", "<<", ">>"));
        }
        if (value.hasL()) {
            return value.l().stream().map(RequestDetails::value).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value.hasM()) {
            return value.m().entrySet().stream().map(entry -> entry.getKey() + ": " + value(entry.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(value);
    }

    /** An expression with its {@code #name} and {@code :value} placeholders replaced by what they stand for. */
    static String expression(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
        Matcher placeholder = PLACEHOLDER.matcher(expression);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String token = placeholder.group();
            String replacement = token.startsWith("#") ? names.getOrDefault(token, token)
                    : values.containsKey(token) ? value(values.get(token)) : token;
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(replacement));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
    }

    private String query(QueryRequest query) {
        String condition = query.keyConditionExpression() != null
                ? expression(query.keyConditionExpression(), query.expressionAttributeNames(),
                        query.expressionAttributeValues())
                : legacyConditions(query.keyConditions());
        return "Query on " + table(query.tableName()) + index(query.indexName()) + ": " + condition
                + optional("; filter: ", query.filterExpression(), query.expressionAttributeNames(),
                        query.expressionAttributeValues())
                + (Boolean.FALSE.equals(query.scanIndexForward()) ? "; ScanIndexForward false" : "")
                + (query.limit() == null ? "" : "; Limit " + query.limit())
                + (query.select() == Select.COUNT ? "; Select COUNT" : "");
    }

    private String action(TransactWriteItem action) {
        if (action.put() != null) {
            var put = action.put();
            return "Put on " + table(put.tableName()) + ", " + itemKey(put.tableName(), put.item())
                    + condition(put.conditionExpression(), put.expressionAttributeNames(),
                            put.expressionAttributeValues());
        }
        if (action.update() != null) {
            var update = action.update();
            return "Update on " + table(update.tableName()) + ", key " + key(update.tableName(), update.key())
                    + condition(update.conditionExpression(), update.expressionAttributeNames(),
                            update.expressionAttributeValues())
                    + optional("; ", update.updateExpression(), update.expressionAttributeNames(),
                            update.expressionAttributeValues());
        }
        if (action.delete() != null) {
            var delete = action.delete();
            return "Delete on " + table(delete.tableName()) + ", key " + key(delete.tableName(), delete.key())
                    + condition(delete.conditionExpression(), delete.expressionAttributeNames(),
                            delete.expressionAttributeValues());
        }
        var check = action.conditionCheck();
        return "ConditionCheck on " + table(check.tableName()) + ", key " + key(check.tableName(), check.key())
                + condition(check.conditionExpression(), check.expressionAttributeNames(),
                        check.expressionAttributeValues());
    }

    private String itemKey(String physicalTable, Map<String, AttributeValue> item) {
        List<String> names = keyNames(physicalTable);
        if (names.isEmpty()) {
            return "an item of " + Text.count(item.size(), "attribute");
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        names.forEach(name -> key.put(name, item.get(name)));
        return "key " + key(physicalTable, key);
    }

    private String keys(String physicalTable, List<Map<String, AttributeValue>> keys) {
        return Text.count(keys.size(), "key") + " " + keys.stream().limit(SHOWN_KEYS)
                .map(key -> key(physicalTable, key))
                .collect(Collectors.joining(", ")) + (keys.size() > SHOWN_KEYS ? ", …" : "");
    }

    private static String writes(List<WriteRequest> writes) {
        long puts = writes.stream().filter(write -> write.putRequest() != null).count();
        long deletes = writes.size() - puts;
        return (puts > 0 ? Text.count((int) puts, "put") : "")
                + (puts > 0 && deletes > 0 ? " and " : "")
                + (deletes > 0 ? Text.count((int) deletes, "delete") : "");
    }

    private static String condition(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
        return expression == null ? "; no condition" : "; condition: " + expression(expression, names, values);
    }

    private static String optional(String label, String expression, Map<String, String> names,
                                   Map<String, AttributeValue> values) {
        return expression == null ? "" : label + expression(expression, names, values);
    }

    private static String legacyConditions(Map<String, Condition> conditions) {
        return conditions.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue().comparisonOperatorAsString() + " "
                        + entry.getValue().attributeValueList().stream().map(RequestDetails::value)
                                .collect(Collectors.joining(" AND ")))
                .collect(Collectors.joining(" AND "));
    }

    private String table(String physicalTable) {
        return dynamo.logicalName(physicalTable);
    }

    private static String index(String indexName) {
        return indexName == null ? "" : ", index " + indexName;
    }
}
