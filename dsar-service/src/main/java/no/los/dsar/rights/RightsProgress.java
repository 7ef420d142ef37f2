package no.los.dsar.rights;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import no.los.dsar.RequestType;

/**
 * How far an access or portability request has come: each service's part, and whether the request is
 * late. An access request needs every part fetched; a portability request needs every service's answer.
 *
 * @param requestType ACCESS or PORTABILITY
 * @param services    the parts, one per service, by service name
 * @param late        some part is not in within the answer timeout
 */
public record RightsProgress(RequestType requestType, List<RightsPart> services, boolean late) {

    /** Where the request's parts stand as a whole. */
    public enum Status {
        IN_PROGRESS,
        COMPLETED
    }

    public RightsProgress {
        services = services.stream().sorted(Comparator.comparing(RightsPart::service)).toList();
    }

    /**
     * The progress of a request announced to the services at {@code announcedAt} ({@code null} while it
     * waits, and then never late), as it stands at {@code now}.
     */
    public static RightsProgress of(RequestType requestType, OffsetDateTime announcedAt, List<RightsPart> parts,
            AnswerTimeout timeout, Instant now) {
        return new RightsProgress(requestType, parts, announcedAt != null
                && timeout.isLate(announcedAt, everyPartIn(requestType, parts), now));
    }

    public Status status() {
        return everyPartIn(requestType, services) ? Status.COMPLETED : Status.IN_PROGRESS;
    }

    /** Every service's part is in; a request that expects nobody is never complete by accident. */
    public static boolean everyPartIn(RequestType requestType, List<RightsPart> parts) {
        return !parts.isEmpty() && parts.stream().allMatch(part -> part.isIn(requestType));
    }
}
