package no.los.consent;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the consent ledger: a consent given or withdrawn, when, through which channel, under
 * which notice version, and the evidence of how. The ledger is append-only, so it always shows when
 * a consent was valid (G1); the current state of a purpose is its latest line.
 */
@Entity
@Table(name = "consent_entry")
public class ConsentEntry {

    /** A notice version such as {@code 2024-01}. */
    public static final String NOTICE_VERSION_PATTERN = "[A-Za-z0-9._-]{1,40}";
    public static final int MAX_NOTICE_VERSION = 40;
    /** How the consent was given or withdrawn, in words. */
    public static final int MAX_EVIDENCE = 500;

    /** What a ledger line records. */
    public enum Action {
        GIVEN,
        WITHDRAWN
    }

    @Id
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false)
    private Purpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private Channel channel;

    @Column(name = "notice_version")
    private String noticeVersion;

    @Column(name = "evidence", nullable = false)
    private String evidence;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected ConsentEntry() {
    }

    private ConsentEntry(UUID customerId, Purpose purpose, Action action, Channel channel, String noticeVersion,
            String evidence, OffsetDateTime recordedAt) {
        this.id = UUID.randomUUID();
        this.customerId = customerId;
        this.purpose = purpose;
        this.action = action;
        this.channel = channel;
        this.noticeVersion = noticeVersion;
        this.evidence = evidence;
        this.recordedAt = recordedAt;
    }

    public static ConsentEntry given(UUID customerId, Purpose purpose, Channel channel, String noticeVersion,
            String evidence, OffsetDateTime now) {
        return new ConsentEntry(customerId, purpose, Action.GIVEN, channel, noticeVersion, evidence, now);
    }

    public static ConsentEntry withdrawn(UUID customerId, Purpose purpose, Channel channel, String evidence,
            OffsetDateTime now) {
        return new ConsentEntry(customerId, purpose, Action.WITHDRAWN, channel, null, evidence, now);
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Action action() {
        return action;
    }

    public Channel channel() {
        return channel;
    }

    public String noticeVersion() {
        return noticeVersion;
    }

    public String evidence() {
        return evidence;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public boolean isGiven() {
        return action == Action.GIVEN;
    }
}
