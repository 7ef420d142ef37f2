package no.los.dsar;

import java.util.List;

import no.los.dsar.erasure.ErasureProgress;
import no.los.dsar.rights.RightsProgress;

/**
 * A request as the people who handle it follow it up: the request, whether it is overdue, for an
 * erasure request each service's confirmation, and for an access or portability request each
 * service's part.
 *
 * @param request the request
 * @param dueSoon still open and to be answered within the warning period
 * @param overdue still open after the day it had to be answered by
 * @param erasure the progress of the erasure; {@code null} for every other type of request
 * @param rights  the progress of the services' parts; {@code null} unless an access or portability request
 * @param steps   what happened to it, who did it and when, the first first
 */
public record TrackedRequest(DataSubjectRequest request, boolean dueSoon, boolean overdue, ErasureProgress erasure,
        RightsProgress rights, List<RequestStep> steps) {

    public TrackedRequest {
        steps = List.copyOf(steps);
    }
}
