// Leaves the interests as they were when the list is empty, believing DynamoDB refuses an empty value: only an
// empty set is refused, and the user who clears their interests keeps the old ones.
// exercise: 4.3
// replaces: QuickPhotosApp#updateProfile
public void updateProfile(String username, String status, List<String> interests) {
    Map<String, String> names = new java.util.HashMap<>(Map.of("#status", User.STATUS));
    Map<String, AttributeValue> values = new java.util.HashMap<>(Map.of(":status", AttributeValue.fromS(status)));
    String update = "SET #status = :status";
    if (!interests.isEmpty()) {
        update += ", #interests = :interests";
        names.put("#interests", User.INTERESTS);
        values.put(":interests", AttributeValue.fromL(interests.stream().map(AttributeValue::fromS).toList()));
    }
    String expression = update;
    try {
        dynamoDb.updateItem(request -> request
                .tableName(tableName)
                .key(User.keyAttributes(username))
                .updateExpression(expression)
                .conditionExpression("attribute_exists(PK)")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values));
    } catch (ConditionalCheckFailedException e) {
        throw new UserNotFoundException(username, e);
    }
}
