package no.los.consumption;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import no.los.platform.problem.InvalidInputException;

/** A half-open interval [from, to) of at most a year and a day, the widest view the app offers. */
public record Period(OffsetDateTime from, OffsetDateTime to) {

    /** The most hours a period spans: 367 days of elapsed time, whatever the clocks do. */
    public static final int MAX_HOURS = 367 * 24;
    static final Duration LONGEST = Duration.ofHours(MAX_HOURS);
    /** Metering data older or newer than this is a typing error, and beyond what the database stores. */
    public static final int EARLIEST_YEAR = 2000;
    public static final int LATEST_YEAR = 2100;

    public Period {
        if (from == null) {
            throw new InvalidInputException("from", "is required (ISO-8601 with offset)");
        }
        if (to == null) {
            throw new InvalidInputException("to", "is required (ISO-8601 with offset)");
        }
        if (!isPlausible(from)) {
            throw new InvalidInputException("from", "must lie between " + EARLIEST_YEAR + " and " + LATEST_YEAR);
        }
        if (!isPlausible(to)) {
            throw new InvalidInputException("to", "must lie between " + EARLIEST_YEAR + " and " + LATEST_YEAR);
        }
        if (!to.isAfter(from)) {
            throw new InvalidInputException("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw new InvalidInputException("to", "must be at most 367 days after from");
        }
    }

    public static boolean isPlausible(OffsetDateTime time) {
        return time.getYear() >= EARLIEST_YEAR && time.getYear() <= LATEST_YEAR;
    }

    /** Reads the period from query parameters, naming the parameter that is not a timestamp. */
    public static Period parse(String from, String to) {
        return new Period(timestamp("from", from), timestamp("to", to));
    }

    private static OffsetDateTime timestamp(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be ISO-8601 with offset, e.g. 2026-11-24T00:00:00+01:00");
        }
    }
}
