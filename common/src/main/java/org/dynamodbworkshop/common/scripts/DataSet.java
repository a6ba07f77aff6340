package org.dynamodbworkshop.common.scripts;

import java.io.InputStream;

/**
 * A lesson's data set: a resource in the tutorials' format (one JSON object per line) and the table it is loaded into.
 *
 * @param table the table's name
 * @param owner the class beside which the resource lies
 * @param resource the resource's name, relative to {@code owner}
 */
public record DataSet(String table, Class<?> owner, String resource) {

    /** Opens the data set, or fails with a one-line reason if the lesson does not ship it. */
    public InputStream open() {
        InputStream input = owner.getResourceAsStream(resource);
        if (input == null) {
            throw new IllegalStateException("No data set " + resource + " beside " + owner.getName());
        }
        return input;
    }
}
