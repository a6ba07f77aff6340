// Writes the item of itemToMap(user, false), which keeps every null field as an attribute of the NULL type: a user
// without a birthdate is stored with birthdate = NULL.
// exercise: 3.1
// replaces: BattleRoyale#createUser
public void createUser(User user) {
    try {
        dynamoDb.putItem(request -> request
                .tableName(tableName)
                .item(User.TABLE_SCHEMA.itemToMap(user, false))
                .conditionExpression("attribute_not_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk", BattleRoyaleTable.PK)));
    } catch (ConditionalCheckFailedException e) {
        throw new UserAlreadyExistsException(user.getUsername(), e);
    }
}
