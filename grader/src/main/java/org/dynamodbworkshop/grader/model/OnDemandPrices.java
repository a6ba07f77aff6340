package org.dynamodbworkshop.grader.model;

/**
 * DynamoDB's published on-demand prices, kept here rather than fetched, so that a report costs no network: Standard
 * table class, region us-east-1, as published on 2024-11-01 (the last change). A request unit is what a capacity
 * unit measures: one read of up to 4 KB (half for an eventually consistent read), one write of up to 1 KB.
 */
public final class OnDemandPrices {

    public static final String REGION = "us-east-1";
    public static final String AS_OF = "2024-11-01";
    public static final double DOLLARS_PER_MILLION_READ_UNITS = 0.125;
    public static final double DOLLARS_PER_MILLION_WRITE_UNITS = 0.625;
    public static final long CALLS_A_DAY = 1_000_000;
    public static final int DAYS_A_MONTH = 30;

    /** The sentence a report writes beside a cost. */
    public static final String CAVEAT = "At one million calls a day for 30 days, on-demand prices of " + REGION
            + " as of " + AS_OF + " ($" + DOLLARS_PER_MILLION_READ_UNITS + " per million read units, $"
            + DOLLARS_PER_MILLION_WRITE_UNITS + " per million write units), with the tests' data. A Scan's cost"
            + " grows with the table, not with the calls: on a larger table it costs more per call.";

    private OnDemandPrices() {
    }

    /** The dollars a month of {@link #CALLS_A_DAY} calls a day costs, each reading and writing the given units. */
    public static double monthlyCost(double readUnitsPerCall, double writeUnitsPerCall) {
        double calls = (double) CALLS_A_DAY * DAYS_A_MONTH;
        return calls * (readUnitsPerCall * DOLLARS_PER_MILLION_READ_UNITS
                + writeUnitsPerCall * DOLLARS_PER_MILLION_WRITE_UNITS) / 1_000_000;
    }
}
