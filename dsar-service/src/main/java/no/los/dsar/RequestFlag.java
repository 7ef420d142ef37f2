package no.los.dsar;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import no.los.platform.problem.InvalidInputException;

/**
 * Why a request needs the privacy officer's attention; each flag is also a field of the request's view.
 * Written in lower case in the query, {@code GET /requests?flag=late}.
 */
public enum RequestFlag {
    /**
     * An erasure request some service has not confirmed within the confirmation timeout, or an access
     * or portability request missing a service's part after the answer timeout.
     */
    LATE,
    /** A request staff registered that waits for the person's identity or a second privacy officer's approval. */
    AWAITING,
    /** A request to be answered within the warning period (los.dsar.deadline.warn-days-before), not yet answered. */
    DUE_SOON,
    /** A request still open after the day it had to be answered by (the extended date, if any). */
    OVERDUE;

    public static RequestFlag parse(String value) {
        return Arrays.stream(values()).filter(flag -> flag.queryValue().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException("flag", "must be one of "
                        + Arrays.stream(values()).map(RequestFlag::queryValue).collect(Collectors.joining(", "))));
    }

    public String queryValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
