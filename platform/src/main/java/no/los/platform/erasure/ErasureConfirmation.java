package no.los.platform.erasure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import no.los.platform.rights.DataCategory;
import no.los.platform.rights.DataMap;

/**
 * The data of the {@code no.los.erasure.confirmed.v1} event: one service's proof of what it deleted
 * and what it kept, why and until when, in answer to one trigger. Categories and counts only, never
 * the data itself.
 *
 * @param customerId     whose data
 * @param service        the confirming service, e.g. {@code marketing-service}
 * @param trigger        what the service acted on
 * @param triggerEventId the CloudEvents id of the event acted on, or the id of the report or job run
 * @param requestId      the data-subject request, when the trigger is one; otherwise {@code null}
 * @param deleted        the categories deleted, with the number of records
 * @param kept           the categories kept, with the reason and the date until which they are kept
 * @param confirmedAt    when the deletion committed
 */
public record ErasureConfirmation(UUID customerId, String service, ErasureTrigger trigger, String triggerEventId,
        UUID requestId, List<Deleted> deleted, List<Kept> kept, OffsetDateTime confirmedAt) {

    /** The longest trigger id: a CloudEvents id or a job run's id. */
    public static final int MAX_TRIGGER_EVENT_ID = 200;
    /** The most categories a confirmation deletes, and the most it keeps: a data map's own limit. */
    public static final int MAX_CATEGORIES = DataCategory.MAX_LIST;

    public ErasureConfirmation {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(triggerEventId, "triggerEventId");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        if (service.length() > DataMap.MAX_SERVICE) {
            throw new IllegalArgumentException("a service's name is at most " + DataMap.MAX_SERVICE + " characters");
        }
        if (triggerEventId.isBlank() || triggerEventId.length() > MAX_TRIGGER_EVENT_ID) {
            throw new IllegalArgumentException("a trigger id has 1 to " + MAX_TRIGGER_EVENT_ID + " characters");
        }
        if (deleted.size() > MAX_CATEGORIES || kept.size() > MAX_CATEGORIES) {
            throw new IllegalArgumentException("a confirmation deletes, and keeps, at most " + MAX_CATEGORIES
                    + " categories");
        }
        if ((trigger == ErasureTrigger.ERASURE_REQUESTED) != (requestId != null)) {
            throw new IllegalArgumentException("a request id belongs to, and only to, an erasure request");
        }
        deleted = List.copyOf(deleted);
        kept = List.copyOf(kept);
    }

    /** A category deleted, with the number of records that went (zero when there was nothing to delete). */
    public record Deleted(String category, int count) {
        public Deleted {
            ErasureReport.checkCategory(category);
            if (count < 0) {
                throw new IllegalArgumentException("a deleted count cannot be negative");
            }
        }
    }

    /**
     * A category kept.
     *
     * @param until the last day it is kept; {@code null} while the reason has no fixed end (a contract
     *              still in force, a standing objection)
     */
    public record Kept(String category, int count, RetentionReason reason, LocalDate until) {
        public Kept {
            ErasureReport.checkCategory(category);
            Objects.requireNonNull(reason, "reason");
            if (count < 0) {
                throw new IllegalArgumentException("a kept count cannot be negative");
            }
        }
    }
}
