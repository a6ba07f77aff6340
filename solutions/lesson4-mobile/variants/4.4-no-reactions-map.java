// Stores the photo without its reactions map: the first reaction then has no count to add to.
// exercise: 4.4
// replaces: QuickPhotosApp#uploadPhoto
public Photo uploadPhoto(String username, String location) {
    Photo photo = new Photo();
    photo.setUsername(username);
    photo.setTimestamp(QuickPhotosTable.timestamp(clock));
    photo.setLocation(location);
    try {
        photos.putItem(request -> request.item(photo).conditionExpression(notExists(QuickPhotosTable.SK)));
    } catch (ConditionalCheckFailedException e) {
        throw new PhotoAlreadyExistsException(username, photo.getTimestamp(), e);
    }
    return photo;
}
