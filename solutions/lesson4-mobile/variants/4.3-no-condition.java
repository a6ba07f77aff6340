// Updates without the condition that the user exists: creates a half-made profile for a missing user.
// exercise: 4.3
// replaces: QuickPhotosApp#updateProfile
public void updateProfile(String username, String status, List<String> interests) {
    dynamoDb.updateItem(request -> request
            .tableName(tableName)
            .key(User.keyAttributes(username))
            .updateExpression("SET #status = :status, #interests = :interests")
            .expressionAttributeNames(Map.of("#status", User.STATUS, "#interests", User.INTERESTS))
            .expressionAttributeValues(Map.of(
                    ":status", AttributeValue.fromS(status),
                    ":interests", AttributeValue.fromL(interests.stream().map(AttributeValue::fromS).toList()))));
}
