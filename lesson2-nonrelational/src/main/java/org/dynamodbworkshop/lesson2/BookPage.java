package org.dynamodbworkshop.lesson2;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One page of books (exercise 2.10), and where the next page starts.
 *
 * @param books the books on this page
 * @param nextPageKey the key to start the next page after: DynamoDB's {@code LastEvaluatedKey}, to be sent back as
 *     the next request's {@code ExclusiveStartKey}; {@code null} on the last page (an empty map counts as none)
 */
public record BookPage(List<Book> books, Map<String, AttributeValue> nextPageKey) {

    public BookPage {
        books = List.copyOf(books);
        nextPageKey = nextPageKey == null || nextPageKey.isEmpty() ? null : Map.copyOf(nextPageKey);
    }

    /** Whether there may be more books after this page. */
    public boolean hasNextPage() {
        return nextPageKey != null;
    }
}
