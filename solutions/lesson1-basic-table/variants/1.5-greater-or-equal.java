// Reads the titles from the prefix on (SongTitle >= prefix): titles after the prefix that do not start with it too.
// exercise: 1.5
// replaces: MusicCatalog#songsByTitlePrefix
public List<Song> songsByTitlePrefix(String artist, String titlePrefix) {
    return songs.query(QueryConditional.sortGreaterThanOrEqualTo(songKey(artist, titlePrefix)))
            .items().stream().toList();
}
