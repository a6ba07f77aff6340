// Finds the song with a Scan and a filter instead of GetItem.
// exercise: 1.3
// replaces: MusicCatalog#getSong
public Optional<Song> getSong(String artist, String songTitle) {
    return songs.scan().items().stream()
            .filter(song -> song.getArtist().equals(artist) && song.getSongTitle().equals(songTitle))
            .findFirst();
}
