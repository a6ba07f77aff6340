package org.dynamodbworkshop.lesson3;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.dynamodbworkshop.common.JsonLines;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Given: the lesson's data set, in the tutorial's format (one plain JSON object per line, attribute names as in the
 * table, numbers as JSON numbers), the format of the tutorial's own {@code items.json}.
 *
 * <p>The data set {@code battle-royale.jsonl} was written for this course in the tutorial's shape: 300 users and 15
 * games on 5 maps (9 open, 4 started, 2 ended), with 520 user-game mappings. Every game's {@code people} equals its
 * number of mappings, at most {@link BattleRoyaleTable#MAX_PLAYERS}; started and ended games are full; the three
 * winners of an ended game carry their {@code place}. {@link BattleRoyaleTable#loadDataSet} writes it to
 * a table, and {@link BattleRoyaleTable#load(java.nio.file.Path)} any file in this format.
 */
public final class BattleRoyaleData {

    /** The data set's resource name, beside this class. */
    public static final String DATA_SET = "battle-royale.jsonl";

    private BattleRoyaleData() {
    }

    /** The course's data set, read from the classpath. */
    public static List<Map<String, AttributeValue>> dataSet() {
        return JsonLines.readResource(BattleRoyaleData.class, DATA_SET);
    }

    /** Opens the course's data set, to read it line by line. */
    public static InputStream open() {
        InputStream input = BattleRoyaleData.class.getResourceAsStream(DATA_SET);
        if (input == null) {
            throw new IllegalStateException("No data set " + DATA_SET + " beside " + BattleRoyaleData.class.getName());
        }
        return input;
    }
}
