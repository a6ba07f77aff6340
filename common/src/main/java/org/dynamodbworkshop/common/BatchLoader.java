package org.dynamodbworkshop.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dynamodbworkshop.common.JsonLines.MalformedLineException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes items in the tutorials' format (one JSON object per line) into a table with BatchWriteItem, 25 items a
 * request, resending {@code UnprocessedItems} until DynamoDB has taken them all.
 *
 * <p>The lines are written in order. A malformed line (not one JSON object, or without the table's key attributes)
 * stops the load: every item before it is written, nothing after it, and the {@link Report} says how many items
 * were written and which line stopped the load. So the table holds exactly what the report says.
 */
public final class BatchLoader {

    /** The most writes DynamoDB accepts in one BatchWriteItem request. */
    public static final int BATCH_SIZE = 25;

    private static final int MAX_ATTEMPTS = 10;
    private static final long FIRST_BACKOFF_MILLIS = 50;
    private static final long MAX_BACKOFF_MILLIS = 2_000;

    /** Told after each batch how many items are written, of how many lines in all. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (written, total) -> { };

        void update(int written, int total);
    }

    /**
     * What a load did.
     *
     * @param table the table
     * @param written items written (each PutRequest DynamoDB took)
     * @param replaced of those, how many had the key of an item written earlier by this load, and replaced it
     * @param failure the line that stopped the load, if one did
     */
    public record Report(String table, int written, int replaced, Optional<MalformedLineException> failure) {

        /** How many distinct items this load left in the table (more if the table held others before). */
        public int distinctItems() {
            return written - replaced;
        }
    }

    private final DynamoDbClient dynamoDb;
    private final String table;

    public BatchLoader(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** Loads every line of {@code input}, closing it. */
    public Report load(InputStream input, Progress progress) {
        return load(readLines(input), progress);
    }

    /** Loads these lines, numbered from 1. Fails with the SDK's exception if the table does not exist. */
    public Report load(List<String> lines, Progress progress) {
        Map<String, String> keyTypes = keyTypes(dynamoDb.describeTable(request -> request.tableName(table)).table());
        int total = (int) lines.stream().filter(line -> !line.isBlank()).count();
        Set<Map<String, AttributeValue>> keysSeen = new HashSet<>();
        Set<Map<String, AttributeValue>> batchKeys = new HashSet<>();
        Batch batch = new Batch();
        int written = 0;
        int replaced = 0;
        progress.update(0, total);
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isBlank()) {
                continue;
            }
            Map<String, AttributeValue> item;
            try {
                item = JsonLines.parse(line, index + 1);
                checkKey(item, keyTypes, index + 1);
            } catch (MalformedLineException e) {
                Optional<MalformedLineException> refused = flush(batch);
                written += batch.written;
                progress.update(written, total);
                return new Report(table, written, replaced, Optional.of(refused.orElse(e)));
            }
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            keyTypes.keySet().forEach(attribute -> key.put(attribute, item.get(attribute)));
            // DynamoDB refuses two writes of one key in a batch; the later line wins, as with single puts.
            if (batchKeys.contains(key) || batch.writes.size() == BATCH_SIZE) {
                Optional<MalformedLineException> refused = flush(batch);
                written += batch.written;
                progress.update(written, total);
                if (refused.isPresent()) {
                    return new Report(table, written, replaced, refused);
                }
                batchKeys.clear();
            }
            if (!keysSeen.add(key)) {
                replaced++;
            }
            batchKeys.add(key);
            batch.add(item, index + 1);
        }
        Optional<MalformedLineException> refused = flush(batch);
        written += batch.written;
        progress.update(written, total);
        return new Report(table, written, replaced, refused);
    }

    /**
     * Writes the batch and empties it, recording in {@code batch.written} how many items DynamoDB took: all of them,
     * or none if it refused the request (an item too large, say), in which case the lines are named.
     */
    private Optional<MalformedLineException> flush(Batch batch) {
        batch.written = 0;
        if (batch.writes.isEmpty()) {
            return Optional.empty();
        }
        try {
            batch.written = write(batch.writes);
            return Optional.empty();
        } catch (DynamoDbException e) {
            if (e.statusCode() != 400 || e.awsErrorDetails() == null
                    || !"ValidationException".equals(e.awsErrorDetails().errorCode())) {
                throw e;
            }
            int first = batch.lineNumbers.get(0);
            int last = batch.lineNumbers.get(batch.lineNumbers.size() - 1);
            return Optional.of(new MalformedLineException(first, "DynamoDB refused the batch of lines " + first + " to "
                    + last + ": " + e.awsErrorDetails().errorMessage()));
        } finally {
            batch.writes.clear();
            batch.lineNumbers.clear();
        }
    }

    /** The writes of one request, with the line each came from. */
    private static final class Batch {
        final List<WriteRequest> writes = new ArrayList<>(BATCH_SIZE);
        final List<Integer> lineNumbers = new ArrayList<>(BATCH_SIZE);
        int written;

        void add(Map<String, AttributeValue> item, int lineNumber) {
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            lineNumbers.add(lineNumber);
        }
    }

    /** Writes the batch, resending unprocessed items with a growing pause; returns its size. */
    private int write(List<WriteRequest> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        int size = batch.size();
        Map<String, List<WriteRequest>> pending = Map.of(table, List.copyOf(batch));
        long backoff = FIRST_BACKOFF_MILLIS;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            Map<String, List<WriteRequest>> requestItems = pending;
            BatchWriteItemResponse response = dynamoDb.batchWriteItem(request -> request.requestItems(requestItems));
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            pending = pending.values().stream().allMatch(List::isEmpty) ? Map.of() : pending;
            if (!pending.isEmpty()) {
                if (attempt == MAX_ATTEMPTS) {
                    int left = pending.values().stream().mapToInt(List::size).sum();
                    throw new IllegalStateException("DynamoDB left " + left + " of " + size + " items unprocessed after "
                            + MAX_ATTEMPTS + " tries: the table's throughput is too low for this load");
                }
                pause(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
        return size;
    }

    private static Map<String, String> keyTypes(TableDescription description) {
        Map<String, String> types = new LinkedHashMap<>();
        for (KeySchemaElement key : description.keySchema()) {
            String type = description.attributeDefinitions().stream()
                    .filter(definition -> definition.attributeName().equals(key.attributeName()))
                    .map(AttributeDefinition::attributeTypeAsString)
                    .findFirst()
                    .orElse("S");
            types.put(key.attributeName(), type);
        }
        return types;
    }

    private static void checkKey(Map<String, AttributeValue> item, Map<String, String> keyTypes, int lineNumber) {
        for (Map.Entry<String, String> key : keyTypes.entrySet()) {
            AttributeValue value = item.get(key.getKey());
            if (value == null) {
                throw new MalformedLineException(lineNumber, "no " + key.getKey() + ", a key attribute of the table");
            }
            boolean rightType = switch (key.getValue()) {
                case "N" -> value.n() != null;
                case "B" -> value.b() != null;
                default -> value.s() != null && !value.s().isEmpty();
            };
            if (!rightType) {
                String expected = switch (key.getValue()) {
                    case "N" -> "a number";
                    case "B" -> "binary";
                    default -> "a non-empty string";
                };
                throw new MalformedLineException(lineNumber, "the key attribute " + key.getKey() + " must be " + expected);
            }
        }
    }

    private static List<String> readLines(InputStream input) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading", e);
        }
    }
}
