// Writes the profile's every field, an unset one as a NULL-typed attribute rather than leaving it out.
// exercise: 4.1
// replaces: QuickPhotosApp#createUser
public void createUser(User user) {
    try {
        dynamoDb.putItem(request -> request
                .tableName(tableName)
                .item(User.TABLE_SCHEMA.itemToMap(user, false))
                .conditionExpression("attribute_not_exists(PK)"));
    } catch (ConditionalCheckFailedException e) {
        throw new UserAlreadyExistsException(user.getUsername(), e);
    }
}
