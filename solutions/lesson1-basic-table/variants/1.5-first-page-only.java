// Takes the first page of the Query only: matches past the first 1 MB page are lost.
// exercise: 1.5
// replaces: MusicCatalog#songsByTitlePrefix
public List<Song> songsByTitlePrefix(String artist, String titlePrefix) {
    return songs.query(QueryConditional.sortBeginsWith(songKey(artist, titlePrefix)))
            .stream().findFirst().map(page -> page.items()).orElse(List.of());
}
