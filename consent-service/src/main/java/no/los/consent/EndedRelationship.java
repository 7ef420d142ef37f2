package no.los.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A customer relationship that ended, as customer-service announced it. The consent ledger of a
 * former customer is evidence only; the evidence period runs from {@code endedOn}. The ledger lines
 * recorded up to the end of that day, or up to {@code coversLinesUntil} (the withdrawals written when
 * the end or a later erasure request was learnt come after the end itself), belong to the ended
 * relationship and expire with it. The row goes when the customer comes back (a new contract) or
 * when the evidence has expired.
 */
@Entity
@Table(name = "ended_relationship")
public class EndedRelationship {

    @Id
    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "ended_on", nullable = false)
    private LocalDate endedOn;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "covers_lines_until", nullable = false)
    private OffsetDateTime coversLinesUntil;

    protected EndedRelationship() {
    }

    public EndedRelationship(UUID customerId, LocalDate endedOn, OffsetDateTime recordedAt) {
        this.customerId = customerId;
        this.endedOn = endedOn;
        this.recordedAt = recordedAt;
        this.coversLinesUntil = recordedAt;
    }

    /** A later end (the customer came back and left again) moves the start of the evidence period. */
    public void endedAgain(LocalDate laterEnd, OffsetDateTime now) {
        if (laterEnd.isAfter(endedOn)) {
            endedOn = laterEnd;
            recordedAt = now;
        }
        includeLinesUntil(now);
    }

    /** The ledger lines recorded until the instant (the end's own withdrawals, say) expire with this relationship. */
    public void includeLinesUntil(OffsetDateTime instant) {
        if (instant.isAfter(coversLinesUntil)) {
            coversLinesUntil = instant;
        }
    }

    /**
     * Lines remained after the expired ones went (recorded after the end, while the customer did not come
     * back): their evidence period runs from the last of them, so the clock restarts there.
     */
    public void restartEvidencePeriod(LocalDate lastLine, OffsetDateTime now) {
        endedOn = lastLine;
        recordedAt = now;
        includeLinesUntil(now);
    }

    /** The last instant whose ledger lines belong to the ended relationship (inclusive). */
    public OffsetDateTime coversLinesUntil(ZoneId zone) {
        OffsetDateTime lastOfEndDay = endedOn.plusDays(1).atStartOfDay(zone).toOffsetDateTime()
                .minus(1, ChronoUnit.MICROS);
        return coversLinesUntil.isAfter(lastOfEndDay) ? coversLinesUntil : lastOfEndDay;
    }

    public UUID customerId() {
        return customerId;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    /** When consent-service learnt of the end, or of a later one. */
    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
