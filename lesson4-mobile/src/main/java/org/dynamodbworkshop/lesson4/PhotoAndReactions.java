package org.dynamodbworkshop.lesson4;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dynamodbworkshop.common.ItemTypes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A photo with every reaction to it, read together in one Query of the inverted index.
 *
 * @param photo the photo, with its reaction counts
 * @param reactions the reactions to it, in any order
 */
public record PhotoAndReactions(Photo photo, List<Reaction> reactions) {

    /** The photo ({@code PK = USER#...}) and its reactions ({@code PK = REACTION#...}) in the inverted index. */
    private static final ItemTypes TYPES = ItemTypes.byPrefixOf(QuickPhotosTable.PK)
            .with(QuickPhotosTable.USER_PREFIX, Photo.TABLE_SCHEMA)
            .with(QuickPhotosTable.REACTION_PREFIX, Reaction.TABLE_SCHEMA);

    /**
     * Maps the items of a photo's partition in the inverted index, as a Query returns them, to the photo and its
     * reactions, telling each item's type by the prefix of its partition key. Empty when the photo is not among them.
     *
     * @throws IllegalArgumentException for an item that is neither a photo nor a reaction
     */
    public static Optional<PhotoAndReactions> fromItems(Collection<Map<String, AttributeValue>> items) {
        ItemTypes.MappedItems mapped = TYPES.map(items);
        return mapped.first(Photo.class).map(photo -> new PhotoAndReactions(photo, mapped.all(Reaction.class)));
    }
}
