// Adds the index but returns while it is still being created.
// exercise: 1.7
// replaces: MusicCatalog#addAlbumTitleIndex
public void addAlbumTitleIndex(Polling polling) {
    dynamoDb.updateTable(request -> request
            .tableName(tableName)
            .attributeDefinitions(stringAttribute(Song.ALBUM_TITLE))
            .globalSecondaryIndexUpdates(update -> update.create(index -> index
                    .indexName(albumTitleIndexName)
                    .keySchema(key(Song.ALBUM_TITLE, KeyType.HASH))
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build()))));
}
