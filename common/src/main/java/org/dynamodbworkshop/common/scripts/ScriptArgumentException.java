package org.dynamodbworkshop.common.scripts;

/** A script's argument is missing or malformed: the command line reports it as one line and exit code 2. */
public class ScriptArgumentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ScriptArgumentException(String message) {
        super(message);
    }
}
