package org.dynamodbworkshop.grader.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Points are shared and added without floating-point noise")
class PointsTest {

    @Test
    @DisplayName("an exercise's points shared among its tests add up to exactly its points")
    void sharesAddUpToThePoints() {
        assertThat(Points.shares(10, 3)).containsExactly(3.34, 3.33, 3.33);
        for (int points = 1; points <= 40; points++) {
            for (int tests = 1; tests <= 9; tests++) {
                assertThat(Points.sum(Points.shares(points, tests).stream().mapToDouble(Double::doubleValue)))
                        .as("%d points over %d tests", points, tests).isEqualTo(points);
            }
        }
    }

    @Test
    @DisplayName("many fractional scores add up to the exact hundredth")
    void sumsWithoutNoise() {
        double naive = IntStream.range(0, 3).mapToDouble(i -> 0.1).sum();
        List<Double> thirds = Points.shares(415, 123);

        assertThat(naive).as("what plain doubles give").isNotEqualTo(0.3);
        assertThat(Points.sum(DoubleStream.of(0.1, 0.1, 0.1))).isEqualTo(0.3);
        assertThat(Points.sum(thirds.stream().mapToDouble(Double::doubleValue))).isEqualTo(415.0);
    }
}
