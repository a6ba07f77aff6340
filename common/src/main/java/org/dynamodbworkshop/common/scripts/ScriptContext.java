package org.dynamodbworkshop.common.scripts;

import java.io.PrintWriter;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** What a script runs with: the clients for the chosen endpoint, its arguments, and where to print. */
public interface ScriptContext {

    /** The low-level client, for the endpoint the command line chose. */
    DynamoDbClient dynamoDb();

    /** The Enhanced Client over {@link #dynamoDb()}. */
    DynamoDbEnhancedClient enhancedClient();

    /** Where the script prints its results, one readable line per item. */
    PrintWriter out();

    /** The value of a parameter the script declared, by its label, if it was given. */
    Optional<String> optionalArg(String label);

    /** The value of a required parameter. */
    default String arg(String label) {
        return optionalArg(label).orElseThrow(() -> new ScriptArgumentException("missing " + label));
    }

    /** The value of a required parameter that is a whole number. */
    default int intArg(String label) {
        return optionalIntArg(label).orElseThrow(() -> new ScriptArgumentException("missing " + label));
    }

    /** The value of an optional parameter that is a whole number, if given. */
    default Optional<Integer> optionalIntArg(String label) {
        return optionalArg(label).map(value -> {
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                throw new ScriptArgumentException(label + " must be a whole number, not \"" + value + "\"");
            }
        });
    }
}
