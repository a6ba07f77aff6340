// Reads the mapping to check it, then writes: a wasted GetItem.
// exercise: 3.11
// replaces: BattleRoyale#recordPlace
public void recordPlace(String gameId, String username, Place place) {
    UserGameMapping mapping = mappings.getItem(UserGameMapping.key(gameId, username));
    if (mapping == null) {
        throw new NotAPlayerException(gameId, username, null);
    }
    if (mapping.getPlace() != null) {
        throw new PlaceAlreadyRecordedException(gameId, username, mapping.getPlace(), null);
    }
    mapping.setPlace(place.value());
    mappings.putItem(mapping);
}
