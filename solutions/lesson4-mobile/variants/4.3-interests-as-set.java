// Stores the interests as a string set: the Enhanced Client reads it back as a list, but their order is lost.
// exercise: 4.3
// replaces: QuickPhotosApp#updateProfile
public void updateProfile(String username, String status, List<String> interests) {
    try {
        dynamoDb.updateItem(request -> request
                .tableName(tableName)
                .key(User.keyAttributes(username))
                .updateExpression("SET #status = :status, #interests = :interests")
                .conditionExpression("attribute_exists(PK)")
                .expressionAttributeNames(Map.of("#status", User.STATUS, "#interests", User.INTERESTS))
                .expressionAttributeValues(Map.of(
                        ":status", AttributeValue.fromS(status),
                        ":interests", AttributeValue.fromSs(interests))));
    } catch (ConditionalCheckFailedException e) {
        throw new UserNotFoundException(username, e);
    }
}
