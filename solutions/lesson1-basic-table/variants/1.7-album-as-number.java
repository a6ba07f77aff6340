// Declares the index key AlbumTitle a number: the index turns ACTIVE, but holds no song, whose AlbumTitle is a string.
// exercise: 1.7
// replaces: MusicCatalog#addAlbumTitleIndex
public void addAlbumTitleIndex(Polling polling) {
    dynamoDb.updateTable(request -> request
            .tableName(tableName)
            .attributeDefinitions(AttributeDefinition.builder()
                    .attributeName(Song.ALBUM_TITLE).attributeType(ScalarAttributeType.N).build())
            .globalSecondaryIndexUpdates(update -> update.create(index -> index
                    .indexName(albumTitleIndexName)
                    .keySchema(key(Song.ALBUM_TITLE, KeyType.HASH))
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build()))));
    awaitIndexActive(polling);
}
