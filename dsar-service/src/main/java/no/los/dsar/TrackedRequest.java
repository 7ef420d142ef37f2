package no.los.dsar;

import no.los.dsar.erasure.ErasureProgress;

/**
 * A request as the people who handle it follow it up: the request, whether it is overdue, and for
 * an erasure request each service's confirmation.
 *
 * @param request the request
 * @param overdue still open after the last day of the statutory month
 * @param erasure the progress of the erasure; {@code null} for every other type of request
 */
public record TrackedRequest(DataSubjectRequest request, boolean overdue, ErasureProgress erasure) {
}
