// Adds the index with a KEYS_ONLY projection: a query on it cannot return whole songs.
// exercise: 1.7
// replaces: MusicCatalog#addAlbumTitleIndex
public void addAlbumTitleIndex(Polling polling) {
    dynamoDb.updateTable(request -> request
            .tableName(tableName)
            .attributeDefinitions(stringAttribute(Song.ALBUM_TITLE))
            .globalSecondaryIndexUpdates(update -> update.create(index -> index
                    .indexName(albumTitleIndexName)
                    .keySchema(key(Song.ALBUM_TITLE, KeyType.HASH))
                    .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()))));
    awaitIndexActive(polling);
}
