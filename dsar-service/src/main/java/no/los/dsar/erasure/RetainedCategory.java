package no.los.dsar.erasure;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import no.los.platform.erasure.RetentionReason;

/** A category of personal data a service kept after an erasure trigger: why, and until when. */
@Embeddable
public class RetainedCategory {

    @Column(name = "category", nullable = false)
    private String category;

    @Column(name = "record_count", nullable = false)
    private int count;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false)
    private RetentionReason reason;

    @Column(name = "kept_until")
    private LocalDate until;

    protected RetainedCategory() {
    }

    RetainedCategory(String category, int count, RetentionReason reason, LocalDate until) {
        this.category = category;
        this.count = count;
        this.reason = reason;
        this.until = until;
    }

    public String category() {
        return category;
    }

    public int count() {
        return count;
    }

    public RetentionReason reason() {
        return reason;
    }

    /** The last day it is kept; {@code null} while the reason has no fixed end. */
    public LocalDate until() {
        return until;
    }
}
