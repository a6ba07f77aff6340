package org.dynamodbworkshop.testkit;

import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * The capacity units one request consumed, as DynamoDB reported them.
 *
 * @param readUnits read capacity units
 * @param writeUnits write capacity units
 */
public record Capacity(double readUnits, double writeUnits) {

    static final Capacity NONE = new Capacity(0, 0);

    /** What the reports add up to; DynamoDB Local gives only the total units, which count as the operation's kind. */
    static Capacity of(List<ConsumedCapacity> reports, boolean writes) {
        double read = 0;
        double write = 0;
        for (ConsumedCapacity report : reports) {
            if (report.readCapacityUnits() != null || report.writeCapacityUnits() != null) {
                read += orZero(report.readCapacityUnits());
                write += orZero(report.writeCapacityUnits());
            } else if (writes) {
                write += orZero(report.capacityUnits());
            } else {
                read += orZero(report.capacityUnits());
            }
        }
        return new Capacity(read, write);
    }

    Capacity plus(Capacity other) {
        return new Capacity(readUnits + other.readUnits, writeUnits + other.writeUnits);
    }

    /** Reads like "4.5 RCU", "1.0 WCU" or "2.0 RCU + 1.0 WCU". */
    @Override
    public String toString() {
        if (writeUnits == 0) {
            return units(readUnits) + " RCU";
        }
        return readUnits == 0 ? units(writeUnits) + " WCU" : units(readUnits) + " RCU + " + units(writeUnits) + " WCU";
    }

    /** Capacity units as reports show them: one decimal, which every figure DynamoDB reports fits. */
    public static String units(double units) {
        return String.format(Locale.ROOT, "%.1f", units);
    }

    private static double orZero(Double units) {
        return units == null ? 0 : units;
    }
}
