// Deletes every item one by one instead of the table.
// exercise: 1.11
// replaces: MusicCatalog#deleteTable
public void deleteTable(Polling polling) {
    songs.scan().items().forEach(song -> songs.deleteItem(song));
}
