// Replaces the whole song with a PutItem: the awards are lost.
// exercise: 1.6
// replaces: MusicCatalog#updateAlbumTitle
public void updateAlbumTitle(String artist, String songTitle, String albumTitle) {
    try {
        songs.putItem(request -> request
                .item(new Song(artist, songTitle, albumTitle, null))
                .conditionExpression(software.amazon.awssdk.enhanced.dynamodb.Expression.builder()
                        .expression("attribute_exists(Artist)").build()));
    } catch (ConditionalCheckFailedException e) {
        throw new SongNotFoundException(artist, songTitle, e);
    }
}
