// Queries the artist but returns the songs in reverse title order.
// exercise: 1.4
// replaces: MusicCatalog#songsBy
public List<Song> songsBy(String artist) {
    return songs.query(request -> request
                    .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(artist).build()))
                    .scanIndexForward(false))
            .items().stream().toList();
}
