// Pages through the artist's songs 25 at a time: right, but many more requests than pages.
// exercise: 1.4
// replaces: MusicCatalog#songsBy
public List<Song> songsBy(String artist) {
    return songs.query(request -> request
                    .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(artist).build()))
                    .limit(25))
            .items().stream().toList();
}
