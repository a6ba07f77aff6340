package org.dynamodbworkshop.lesson4;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dynamodbworkshop.common.ItemTypes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A user's profile with their photos, read together in one Query of the user's item collection.
 *
 * @param user the profile
 * @param photos the user's photos, oldest first
 */
public record UserAndPhotos(User user, List<Photo> photos) {

    /** The profile ({@code SK = #METADATA#...}) and the photos ({@code SK = PHOTO#...}) of one item collection. */
    private static final ItemTypes TYPES = ItemTypes.byPrefixOf(QuickPhotosTable.SK)
            .with(QuickPhotosTable.METADATA_PREFIX, User.TABLE_SCHEMA)
            .with(QuickPhotosTable.PHOTO_PREFIX, Photo.TABLE_SCHEMA);

    /**
     * Maps the items of a user's partition, as a Query returns them, to the profile and the photos, telling each
     * item's type by the prefix of its sort key. Empty when there is no profile among the items.
     *
     * @throws IllegalArgumentException for an item that is neither a profile nor a photo, such as a friendship
     */
    public static Optional<UserAndPhotos> fromItems(Collection<Map<String, AttributeValue>> items) {
        ItemTypes.MappedItems mapped = TYPES.map(items);
        return mapped.first(User.class).map(user -> new UserAndPhotos(user, mapped.all(Photo.class)));
    }
}
