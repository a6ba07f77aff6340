package org.dynamodbworkshop.lesson3;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dynamodbworkshop.common.ItemTypes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A game and its players, as one Query of the game's item collection returns them: the game's item
 * ({@code SK = #METADATA#<game_id>}) first, then its mappings ({@code SK = USER#<username>}) in username order.
 *
 * @param game the game
 * @param players its players, in username order
 */
public record GameWithPlayers(Game game, List<UserGameMapping> players) {

    /**
     * Tells the two item types of a game's partition apart by the prefix of their sort key. The Enhanced Client maps
     * every item of a query with one schema, and would silently turn each player into a half-empty {@link Game}.
     */
    public static final ItemTypes ITEM_TYPES = ItemTypes.byPrefixOf(BattleRoyaleTable.SK)
            .with("#METADATA#", Game.TABLE_SCHEMA)
            .with("USER#", UserGameMapping.TABLE_SCHEMA);

    public GameWithPlayers {
        players = List.copyOf(players);
    }

    /**
     * Maps the items of a game's partition (as a low-level Query returns them, in any number of pages joined in
     * order) to the game and its players; empty if there is no game item among them.
     */
    public static Optional<GameWithPlayers> fromItems(Collection<Map<String, AttributeValue>> items) {
        ItemTypes.MappedItems mapped = ITEM_TYPES.map(items);
        return mapped.first(Game.class)
                .map(game -> new GameWithPlayers(game, mapped.all(UserGameMapping.class)));
    }
}
