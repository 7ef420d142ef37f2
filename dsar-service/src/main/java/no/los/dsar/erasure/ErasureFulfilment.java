package no.los.dsar.erasure;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One service's part of an erasure request. Life cycle: expected (PENDING) when the request is
 * received, for every service the request concerns; CONFIRMED once that service's erasure receipt
 * for the request arrives. The request is completed when all its fulfilments are confirmed.
 */
@Entity
@Table(name = "erasure_fulfilment")
public class ErasureFulfilment {

    /** Whether the service has confirmed its part. */
    public enum Status {
        PENDING,
        CONFIRMED
    }

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false)
    private UUID requestId;

    @Column(name = "service", nullable = false)
    private String service;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "receipt_id")
    private ErasureReceipt receipt;

    protected ErasureFulfilment() {
    }

    /** The request waits for this service's confirmation. */
    public static ErasureFulfilment expect(UUID requestId, String service) {
        ErasureFulfilment fulfilment = new ErasureFulfilment();
        fulfilment.id = UUID.randomUUID();
        fulfilment.requestId = requestId;
        fulfilment.service = service;
        fulfilment.status = Status.PENDING;
        return fulfilment;
    }

    /** Confirmed by the receipt; the first receipt for the request stays the proof. */
    public void confirmWith(ErasureReceipt proof) {
        if (isConfirmed()) {
            return;
        }
        if (!proof.service().equals(service) || !requestId.equals(proof.requestId())) {
            throw new IllegalArgumentException("a receipt confirms only its own service's part of its own request");
        }
        status = Status.CONFIRMED;
        receipt = proof;
    }

    public UUID requestId() {
        return requestId;
    }

    public String service() {
        return service;
    }

    public Status status() {
        return status;
    }

    public boolean isConfirmed() {
        return status == Status.CONFIRMED;
    }

    /** The confirmation that fulfilled this part, once there is one. */
    public Optional<ErasureReceipt> receipt() {
        return Optional.ofNullable(receipt);
    }
}
