package no.los.customer.interaction;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One contact with the customer that is part of handling a case (R13): by which channel, in which
 * direction, when, by which agent (the token's subject, never a name), the case, a summary and
 * references to attachments kept in the document store (never the documents themselves).
 */
@Entity
@Table(name = "interaction")
public class Interaction {

    /** The longest summary: a few paragraphs, not a transcript. */
    public static final int MAX_SUMMARY = 2000;
    /** The most attachments one interaction refers to. */
    public static final int MAX_ATTACHMENTS = 10;
    /** The longest attachment reference. */
    public static final int MAX_ATTACHMENT_REFERENCE = 200;
    /** What an attachment reference looks like: an id in the document store, such as {@code doc:2026/11/abc-123}. */
    public static final String ATTACHMENT_PATTERN = "^[A-Za-z0-9:._/-]{1,200}$";

    @Id
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "case_reference", nullable = false)
    private String caseReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private InteractionChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false)
    private InteractionDirection direction;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "agent_subject", nullable = false)
    private String agentSubject;

    @Column(name = "summary", nullable = false)
    private String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "attachments", nullable = false)
    private String[] attachments;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "rectified_at")
    private OffsetDateTime rectifiedAt;

    protected Interaction() {
    }

    public Interaction(UUID customerId, CaseReference caseReference, InteractionChannel channel,
            InteractionDirection direction, OffsetDateTime occurredAt, String agentSubject, String summary,
            List<String> attachments, OffsetDateTime recordedAt) {
        this.id = UUID.randomUUID();
        this.customerId = customerId;
        this.caseReference = caseReference.value();
        this.channel = channel;
        this.direction = direction;
        this.occurredAt = occurredAt;
        this.agentSubject = agentSubject;
        this.summary = summary;
        this.attachments = attachments.toArray(String[]::new);
        this.recordedAt = recordedAt;
    }

    /** Corrects what was recorded (Art. 16); {@code null} leaves a field as it is. */
    public void rectify(InteractionChannel channel, InteractionDirection direction, OffsetDateTime occurredAt,
            String summary, List<String> attachments, OffsetDateTime now) {
        if (channel != null) {
            this.channel = channel;
        }
        if (direction != null) {
            this.direction = direction;
        }
        if (occurredAt != null) {
            this.occurredAt = occurredAt;
        }
        if (summary != null) {
            this.summary = summary;
        }
        if (attachments != null) {
            this.attachments = attachments.toArray(String[]::new);
        }
        this.rectifiedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public CaseReference caseReference() {
        return new CaseReference(caseReference);
    }

    public InteractionChannel channel() {
        return channel;
    }

    public InteractionDirection direction() {
        return direction;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String agentSubject() {
        return agentSubject;
    }

    public String summary() {
        return summary;
    }

    public List<String> attachments() {
        return List.of(attachments);
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    /** When it was last corrected, or {@code null}. */
    public OffsetDateTime rectifiedAt() {
        return rectifiedAt;
    }
}
