// Takes the first page of the index Query only: songs past the first 1 MB page are lost.
// exercise: 1.8
// replaces: MusicCatalog#songsOnAlbum
public List<Song> songsOnAlbum(String albumTitle) {
    return songs.index(albumTitleIndexName)
            .query(QueryConditional.keyEqualTo(Key.builder().partitionValue(albumTitle).build()))
            .stream()
            .findFirst()
            .map(page -> page.items())
            .orElse(List.of());
}
