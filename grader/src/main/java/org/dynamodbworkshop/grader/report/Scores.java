package org.dynamodbworkshop.grader.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores as people read them: at most two decimals, no trailing zeros. */
final class Scores {

    private Scores() {
    }

    static double rounded(double score) {
        return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    static String format(double score) {
        return BigDecimal.valueOf(rounded(score)).stripTrailingZeros().toPlainString();
    }

    static int percent(double score, double maxScore) {
        return maxScore == 0 ? 0 : (int) Math.round(100 * score / maxScore);
    }
}
