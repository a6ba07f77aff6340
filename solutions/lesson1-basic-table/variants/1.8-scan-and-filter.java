// Scans the table with a filter on AlbumTitle instead of querying the index.
// exercise: 1.8
// replaces: MusicCatalog#songsOnAlbum
public List<Song> songsOnAlbum(String albumTitle) {
    return songs.scan(request -> request.filterExpression(software.amazon.awssdk.enhanced.dynamodb.Expression.builder()
                    .expression("AlbumTitle = :album")
                    .putExpressionValue(":album", AttributeValue.fromS(albumTitle))
                    .build()))
            .items().stream().toList();
}
