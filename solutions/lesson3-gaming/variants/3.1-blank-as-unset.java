// Builds the item by hand and leaves out every blank field, as if DynamoDB still refused empty strings (it has stored
// them in any attribute but a key since 2020): a user whose address is "" reads back with no address.
// exercise: 3.1
// replaces: BattleRoyale#createUser
public void createUser(User user) {
    Map<String, AttributeValue> item = new java.util.HashMap<>();
    item.put(BattleRoyaleTable.PK, text(user.getPk()));
    item.put(BattleRoyaleTable.SK, text(user.getSk()));
    Map<String, String> fields = new java.util.HashMap<>();
    fields.put(User.USERNAME, user.getUsername());
    fields.put(User.NAME, user.getName());
    fields.put(User.EMAIL, user.getEmail());
    fields.put(User.BIRTHDATE, user.getBirthdate());
    fields.put(User.ADDRESS, user.getAddress());
    fields.forEach((name, value) -> {
        if (value != null && !value.isBlank()) {
            item.put(name, text(value));
        }
    });
    try {
        dynamoDb.putItem(request -> request
                .tableName(tableName)
                .item(item)
                .conditionExpression("attribute_not_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk", BattleRoyaleTable.PK)));
    } catch (ConditionalCheckFailedException e) {
        throw new UserAlreadyExistsException(user.getUsername(), e);
    }
}
