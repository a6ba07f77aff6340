// Creates the table but returns without waiting until it is ACTIVE.
// exercise: 1.1
// replaces: MusicCatalog#createTable
public void createTable(Polling polling) {
    dynamoDb.createTable(request -> request
            .tableName(tableName)
            .keySchema(key(Song.ARTIST, KeyType.HASH), key(Song.SONG_TITLE, KeyType.RANGE))
            .attributeDefinitions(stringAttribute(Song.ARTIST), stringAttribute(Song.SONG_TITLE))
            .billingMode(BillingMode.PAY_PER_REQUEST));
}
