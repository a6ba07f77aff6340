// Polls until the table is ACTIVE, pausing between polls, but never gives up.
// exercise: 1.1
// replaces: MusicCatalog#createTable
public void createTable(Polling polling) {
    dynamoDb.createTable(request -> request
            .tableName(tableName)
            .keySchema(key(Song.ARTIST, KeyType.HASH), key(Song.SONG_TITLE, KeyType.RANGE))
            .attributeDefinitions(stringAttribute(Song.ARTIST), stringAttribute(Song.SONG_TITLE))
            .billingMode(BillingMode.PAY_PER_REQUEST));
    while (dynamoDb.describeTable(request -> request.tableName(tableName)).table().tableStatus()
            != software.amazon.awssdk.services.dynamodb.model.TableStatus.ACTIVE) {
        try {
            Thread.sleep(polling.pause().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
    }
}
