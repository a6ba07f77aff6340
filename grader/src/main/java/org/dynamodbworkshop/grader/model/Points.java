package org.dynamodbworkshop.grader.model;

import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * Scores are counted in hundredths of a point, so that sums carry no floating-point noise and an exercise whose
 * tests all pass earns exactly its points.
 */
public final class Points {

    private Points() {
    }

    /**
     * An exercise's points shared among its tests, in points with two decimals; the shares add up to exactly the
     * exercise's points (the first tests take the hundredths left over: 10 points over 3 tests are 3.34, 3.33, 3.33).
     */
    public static List<Double> shares(int points, int tests) {
        long hundredths = points * 100L;
        return IntStream.range(0, tests)
                .mapToObj(i -> (hundredths / tests + (i < hundredths % tests ? 1 : 0)) / 100.0)
                .toList();
    }

    /** The sum of scores of two decimals each, exact to the hundredth. */
    public static double sum(DoubleStream scores) {
        return scores.mapToLong(Points::hundredths).sum() / 100.0;
    }

    private static long hundredths(double score) {
        return Math.round(score * 100);
    }
}
