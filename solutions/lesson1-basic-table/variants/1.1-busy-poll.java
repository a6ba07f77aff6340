// Polls DescribeTable in a tight loop, without the pause the Polling gives.
// exercise: 1.1
// replaces: MusicCatalog#createTable
public void createTable(Polling polling) {
    dynamoDb.createTable(request -> request
            .tableName(tableName)
            .keySchema(key(Song.ARTIST, KeyType.HASH), key(Song.SONG_TITLE, KeyType.RANGE))
            .attributeDefinitions(stringAttribute(Song.ARTIST), stringAttribute(Song.SONG_TITLE))
            .billingMode(BillingMode.PAY_PER_REQUEST));
    for (int poll = 1; poll <= polling.maxPolls(); poll++) {
        if (dynamoDb.describeTable(request -> request.tableName(tableName)).table().tableStatus()
                == software.amazon.awssdk.services.dynamodb.model.TableStatus.ACTIVE) {
            return;
        }
    }
    throw new IllegalStateException(tableName + " is not ACTIVE");
}
