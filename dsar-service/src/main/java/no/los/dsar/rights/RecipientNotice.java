package no.los.dsar.rights;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import no.los.platform.rights.Recipient;

/**
 * One recipient told of a rectification (Art. 19): a service of the suite that brought its copy up to
 * date, or a processor the rectified categories go to. Names the categories, never the values, and
 * when; the person may ask who the recipients were.
 */
@Entity
@Table(name = "recipient_notice")
public class RecipientNotice {

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false)
    private UUID requestId;

    @Column(name = "recipient", nullable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Recipient.Kind kind;

    /** Comma-separated category names. */
    @Column(name = "categories", nullable = false)
    private String categories;

    @Column(name = "notified_at", nullable = false)
    private OffsetDateTime notifiedAt;

    protected RecipientNotice() {
    }

    public RecipientNotice(UUID requestId, String recipient, Recipient.Kind kind, List<String> categories,
            OffsetDateTime notifiedAt) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a recipient is told of at least one category");
        }
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.recipient = recipient;
        this.kind = kind;
        this.categories = String.join(",", categories);
        this.notifiedAt = notifiedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID requestId() {
        return requestId;
    }

    public String recipient() {
        return recipient;
    }

    public Recipient.Kind kind() {
        return kind;
    }

    public List<String> categories() {
        return List.of(categories.split(","));
    }

    public OffsetDateTime notifiedAt() {
        return notifiedAt;
    }
}
