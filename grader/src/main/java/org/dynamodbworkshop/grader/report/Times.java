package org.dynamodbworkshop.grader.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Times as the reports show them: in a person's words for people, ISO-8601 for programs. */
final class Times {

    private static final DateTimeFormatter READABLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** {@code 2026-11-30 17:45 UTC}. */
    static String readable(Instant instant) {
        return READABLE.format(instant);
    }

    /** {@code 2026-11-30T17:45:12Z}: ISO-8601, to the second. */
    static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** {@code 36 s}, {@code 2 min 5 s}. */
    static String readable(Duration duration) {
        long seconds = Math.round(duration.toMillis() / 1000.0);
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    /** The line under a report's title: when it was graded and how long it took. */
    static String gradedLine(Instant gradedAt, Duration elapsed) {
        return "Graded " + readable(gradedAt) + " in " + readable(elapsed);
    }
}
