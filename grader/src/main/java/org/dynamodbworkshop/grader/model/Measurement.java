package org.dynamodbworkshop.grader.model;

import java.util.Optional;
import org.dynamodbworkshop.testkit.Usage;

/**
 * What code read and wrote over an exercise's measured tests, each of which calls the access pattern about once.
 *
 * @param usage the requests and capacity of all those tests together
 * @param tests how many tests measured it
 */
public record Measurement(Usage usage, int tests) {

    /** The usage of the tests that have one, or empty where none has. */
    public static Optional<Measurement> of(Iterable<Optional<Usage>> usages) {
        Usage total = Usage.NONE;
        int tests = 0;
        for (Optional<Usage> usage : usages) {
            if (usage.isPresent()) {
                total = total.plus(usage.get());
                tests++;
            }
        }
        return tests == 0 ? Optional.empty() : Optional.of(new Measurement(total, tests));
    }

    /** What a month of one million calls a day would cost on demand, at a test's average usage a call. */
    public double monthlyCost() {
        return OnDemandPrices.monthlyCost(usage.readUnits() / tests, usage.writeUnits() / tests);
    }
}
