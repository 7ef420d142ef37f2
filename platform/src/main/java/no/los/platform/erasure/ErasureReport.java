package no.los.platform.erasure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import no.los.platform.rights.DataCategory;

/**
 * What a service gathers while it carries out one erasure trigger, to be confirmed through
 * {@link ErasureConfirmations#confirm}. Categories are kebab-case names a module README documents,
 * such as {@code newsletter-address} or {@code hourly-readings}.
 */
public final class ErasureReport {

    private final ErasureTrigger trigger;
    private final String triggerEventId;
    private final UUID requestId;
    private final List<ErasureConfirmation.Deleted> deleted = new ArrayList<>();
    private final List<ErasureConfirmation.Kept> kept = new ArrayList<>();

    private ErasureReport(ErasureTrigger trigger, String triggerEventId, UUID requestId) {
        this.trigger = trigger;
        this.triggerEventId = triggerEventId;
        this.requestId = requestId;
    }

    /** A report for a trigger that is not a data-subject request. */
    public static ErasureReport on(ErasureTrigger trigger, String triggerEventId) {
        return new ErasureReport(trigger, triggerEventId, null);
    }

    /** A report for an erasure request. */
    public static ErasureReport onRequest(UUID requestId, String triggerEventId) {
        return new ErasureReport(ErasureTrigger.ERASURE_REQUESTED, triggerEventId, requestId);
    }

    public ErasureReport deleted(String category, long count) {
        deleted.add(new ErasureConfirmation.Deleted(category, Math.toIntExact(count)));
        return this;
    }

    public ErasureReport kept(String category, long count, RetentionReason reason, LocalDate until) {
        kept.add(new ErasureConfirmation.Kept(category, Math.toIntExact(count), reason, until));
        return this;
    }

    public ErasureTrigger trigger() {
        return trigger;
    }

    /** The CloudEvents id of the event acted on, or the id of the report or job run. */
    public String triggerEventId() {
        return triggerEventId;
    }

    /** The erasure request this report answers, or {@code null} for any other trigger. */
    public UUID requestId() {
        return requestId;
    }

    List<ErasureConfirmation.Deleted> deletedCategories() {
        return deleted;
    }

    List<ErasureConfirmation.Kept> keptCategories() {
        return kept;
    }

    static void checkCategory(String category) {
        if (category == null || category.length() > DataCategory.MAX_NAME || !category.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("a category is a kebab-case name of at most " + DataCategory.MAX_NAME
                    + " characters, e.g. newsletter-address");
        }
    }
}
