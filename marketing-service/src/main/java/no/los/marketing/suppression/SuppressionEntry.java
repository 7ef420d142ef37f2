package no.los.marketing.suppression;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the suppression list (Art. 21(3)): keyed hashes of a customer id and, when known, of
 * the address, never the address itself. It outlives the erasure of the address so that neither
 * an import nor a subscription can bring the address back; a consent withdrawal's entry is lifted
 * by a fresh consent, an objection's never by marketing.
 */
@Entity
@Table(name = "suppression_entry")
public class SuppressionEntry {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "customer_hash", nullable = false)
    private byte[] customerHash;

    @Column(name = "address_hash")
    private byte[] addressHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false)
    private SuppressionReason reason;

    @Column(name = "since", nullable = false)
    private OffsetDateTime since;

    protected SuppressionEntry() {
    }

    public SuppressionEntry(byte[] customerHash, byte[] addressHash, SuppressionReason reason, OffsetDateTime since) {
        this.id = UUID.randomUUID();
        this.customerHash = customerHash.clone();
        this.addressHash = addressHash == null ? null : addressHash.clone();
        this.reason = reason;
        this.since = since;
    }

    public byte[] addressHash() {
        return addressHash == null ? null : addressHash.clone();
    }

    public SuppressionReason reason() {
        return reason;
    }

    public OffsetDateTime since() {
        return since;
    }
}
