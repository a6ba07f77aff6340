package org.dynamodbworkshop.common.scripts;

import java.util.List;

/**
 * A lesson's command-line scripts: {@code ./workshop <lesson> <script> [args]}. Each script runs one access pattern
 * of the lesson with the learner's own code (or the reference solution with {@code --reference}) and prints what it
 * returns, one readable line per item, as the tutorials' scripts do.
 *
 * <p>A lesson declares its implementation in {@code META-INF/services/org.dynamodbworkshop.common.scripts.LessonScripts}
 * under its {@code src/main/resources}; the command line finds it there and never names a lesson. The command line
 * adds two scripts to every lesson: {@code load [--file FILE]}, which writes the lesson's {@link #dataSet()} (or a
 * file in the same format) into its table, right after the lesson's {@code create-table} script; and
 * {@code reset}, which deletes the lesson's {@link #tables()}, at the end.
 */
public interface LessonScripts {

    /** What {@code load} writes when no file is named: the lesson's own data set and the table it belongs in. */
    DataSet dataSet();

    /** The lesson's tables, by the names its scripts use; {@code reset} deletes them. */
    default List<String> tables() {
        return List.of(dataSet().table());
    }

    /** The lesson's scripts, in the tutorial's order. */
    List<Script> scripts();
}
