// Queries the whole partition and keeps the matching titles in Java: reads every song of the artist.
// exercise: 1.5
// replaces: MusicCatalog#songsByTitlePrefix
public List<Song> songsByTitlePrefix(String artist, String titlePrefix) {
    return songs.query(QueryConditional.keyEqualTo(Key.builder().partitionValue(artist).build()))
            .items().stream()
            .filter(song -> song.getSongTitle().startsWith(titlePrefix))
            .toList();
}
