package no.los.dsar.rights;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import no.los.dsar.RequestType;

/**
 * How far a request every service answers has come: each service's part, and whether the request is
 * late. An access request needs every part fetched; the others need every service's answer.
 *
 * @param requestType the request's type, one of {@link RightsPart#ANSWERED_BY_EVERY_SERVICE}
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
     * waits, and then never late), as it stands at {@code now}. The services answer an objection only
     * once it is upheld, so its clock starts with the first answer: a pending objection is never late
     * here (its due date flags it).
     */
    public static RightsProgress of(RequestType requestType, OffsetDateTime announcedAt, List<RightsPart> parts,
            AnswerTimeout timeout, Instant now) {
        OffsetDateTime clockFrom = requestType != RequestType.OBJECTION ? announcedAt
                : parts.stream().map(RightsPart::answeredAt).filter(Objects::nonNull).min(Comparator.naturalOrder())
                        .orElse(null);
        return new RightsProgress(requestType, parts, clockFrom != null
                && timeout.isLate(clockFrom, everyPartIn(requestType, parts), now));
    }

    public Status status() {
        return everyPartIn(requestType, services) ? Status.COMPLETED : Status.IN_PROGRESS;
    }

    /** Every service's part is in; a request that expects nobody is never complete by accident. */
    public static boolean everyPartIn(RequestType requestType, List<RightsPart> parts) {
        return !parts.isEmpty() && parts.stream().allMatch(part -> part.isIn(requestType));
    }
}
