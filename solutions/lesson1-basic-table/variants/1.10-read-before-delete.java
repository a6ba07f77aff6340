// Reads the song before deleting it: a wasted GetItem.
// exercise: 1.10
// replaces: MusicCatalog#deleteSong
public void deleteSong(String artist, String songTitle) {
    if (songs.getItem(songKey(artist, songTitle)) != null) {
        songs.deleteItem(songKey(artist, songTitle));
    }
}
