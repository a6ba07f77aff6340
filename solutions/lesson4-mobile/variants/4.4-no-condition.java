// Puts the photo without a condition: a second upload in the same second wipes out the first photo's reactions.
// exercise: 4.4
// replaces: QuickPhotosApp#uploadPhoto
public Photo uploadPhoto(String username, String location) {
    Photo photo = Photo.newPhoto(username, QuickPhotosTable.timestamp(clock), location);
    photos.putItem(photo);
    return photo;
}
