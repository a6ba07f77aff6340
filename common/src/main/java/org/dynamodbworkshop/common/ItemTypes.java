package org.dynamodbworkshop.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps a mixed item collection (items of several entity types read by one Query of a single-table design) to
 * domain objects, choosing each item's type by the prefix of one of its key attributes.
 *
 * <p>The Enhanced Client maps every item of a query with one schema, so a player read with a Game's schema silently
 * becomes a half-empty Game. Decide the type first, then map:
 *
 * <pre>{@code
 * ItemTypes types = ItemTypes.byPrefixOf("SK")
 *         .with("#METADATA#", Game.SCHEMA)
 *         .with("USER#", UserGameMapping.SCHEMA);
 * MappedItems mapped = types.map(queryResponse.items());
 * Game game = mapped.first(Game.class).orElseThrow();
 * List<UserGameMapping> players = mapped.all(UserGameMapping.class);
 * }</pre>
 */
public final class ItemTypes {

    private final String keyAttribute;
    private final List<Type<?>> types;

    private ItemTypes(String keyAttribute, List<Type<?>> types) {
        this.keyAttribute = keyAttribute;
        this.types = types;
    }

    /** Types will be told apart by the prefix of this string attribute, such as {@code SK} or {@code PK}. */
    public static ItemTypes byPrefixOf(String keyAttribute) {
        return new ItemTypes(keyAttribute, List.of());
    }

    /** Items whose key attribute starts with {@code prefix} are mapped with {@code schema}; first match wins. */
    public <T> ItemTypes with(String prefix, TableSchema<T> schema) {
        List<Type<?>> extended = new ArrayList<>(types);
        extended.add(new Type<>(prefix, schema));
        return new ItemTypes(keyAttribute, List.copyOf(extended));
    }

    /** Maps each item with the schema of its type, keeping their order. */
    public MappedItems map(Collection<Map<String, AttributeValue>> items) {
        return new MappedItems(items.stream().map(this::mapOne).toList());
    }

    private Object mapOne(Map<String, AttributeValue> item) {
        AttributeValue key = item.get(keyAttribute);
        String value = key == null ? null : key.s();
        if (value == null) {
            throw new IllegalArgumentException("An item has no string attribute " + keyAttribute + ": " + item);
        }
        return types.stream()
                .filter(type -> value.startsWith(type.prefix()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No item type for " + keyAttribute + " = " + value + "; known prefixes: " + prefixes()))
                .schema().mapToItem(item);
    }

    private List<String> prefixes() {
        return types.stream().map(Type::prefix).toList();
    }

    private record Type<T>(String prefix, TableSchema<T> schema) {
    }

    /**
     * The domain objects of one mixed item collection, in the order the items were read.
     *
     * @param objects the mapped objects
     */
    public record MappedItems(List<Object> objects) {

        /** Every object of the given type. */
        public <T> List<T> all(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }

        /** The first object of the given type, if any. */
        public <T> Optional<T> first(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).findFirst();
        }
    }
}
