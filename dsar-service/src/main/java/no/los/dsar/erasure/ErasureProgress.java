package no.los.dsar.erasure;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * How far an erasure request has come: each service's part, and whether the request is late.
 *
 * @param services the fulfilments, one per service the request concerns, by service name
 * @param late     not confirmed by every service within the confirmation timeout
 */
public record ErasureProgress(List<ErasureFulfilment> services, boolean late) {

    /** Where the erasure as a whole stands. */
    public enum Status {
        IN_PROGRESS,
        COMPLETED
    }

    public ErasureProgress {
        services = services.stream().sorted(Comparator.comparing(ErasureFulfilment::service)).toList();
    }

    /**
     * The progress of a request announced to the services at {@code announcedAt} ({@code null} while it
     * waits, and then never late), as it stands at {@code now}.
     */
    public static ErasureProgress of(OffsetDateTime announcedAt, List<ErasureFulfilment> fulfilments,
            ConfirmationTimeout timeout, Instant now) {
        return new ErasureProgress(fulfilments, announcedAt != null
                && timeout.isLate(announcedAt, allConfirmed(fulfilments), now));
    }

    public Status status() {
        return allConfirmed(services) ? Status.COMPLETED : Status.IN_PROGRESS;
    }

    /** Every service has confirmed; a request that expects nobody is never complete by accident. */
    public static boolean allConfirmed(List<ErasureFulfilment> fulfilments) {
        return !fulfilments.isEmpty() && fulfilments.stream().allMatch(ErasureFulfilment::isConfirmed);
    }
}
