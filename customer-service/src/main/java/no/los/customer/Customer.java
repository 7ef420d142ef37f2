package no.los.customer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import no.los.customer.identity.SealedNationalId;
import no.los.customer.population.AddressProtection;
import no.los.customer.population.RegisterStatus;

/**
 * A customer of LOS: the person behind one or more contracts. Registered by customer service (the
 * policy's "ved registrering"), identified across the suite only by its opaque {@link #id()}; the
 * national ID number is held encrypted and found by keyed hash, never stored in the clear.
 * <p>
 * Life cycle: registered, then supplied under contracts. When the last contract has ended the
 * customer is a former customer, kept (without contact details once erasure is asked for) until the
 * Bookkeeping Act's period runs out, then deleted. A new contract makes a former customer a customer again.
 * An erasure request made while a contract is in force is remembered and carried out for the contact
 * details when the relationship ends.
 */
@Entity
@Table(name = "customer")
public class Customer {

    /** The longest full name kept. */
    public static final int MAX_NAME = 200;
    /** The longest e-mail address there is (RFC 5321's path limit). */
    public static final int MAX_EMAIL = 254;
    /** A phone number: digits and spaces, an optional leading +. */
    public static final String PHONE_PATTERN = "\\+?[0-9 ]{8,18}";
    /** The longest phone number {@link #PHONE_PATTERN} lets through. */
    public static final int MAX_PHONE = 19;

    @Id
    private UUID id;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Embedded
    private SealedNationalId nationalId;

    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    @Embedded
    private PostalAddress address;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "relationship_ended_on")
    private LocalDate relationshipEndedOn;

    @Column(name = "kept_until")
    private LocalDate keptUntil;

    @Column(name = "erasure_requested_at")
    private OffsetDateTime erasureRequestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "address_protection", nullable = false)
    private AddressProtection addressProtection = AddressProtection.NONE;

    @Enumerated(EnumType.STRING)
    @Column(name = "register_status")
    private RegisterStatus registerStatus;

    @Column(name = "register_checked_at")
    private OffsetDateTime registerCheckedAt;

    protected Customer() {
    }

    Customer(UUID id, String fullName, SealedNationalId nationalId, String email,
            String phone, PostalAddress address, OffsetDateTime registeredAt) {
        this.id = id;
        this.fullName = fullName;
        this.nationalId = nationalId;
        this.email = email;
        this.phone = phone;
        this.address = address;
        this.registeredAt = registeredAt;
    }

    /**
     * A new customer under the id chosen for it; its national ID number is sealed to that id.
     */
    public static Customer register(UUID id, String fullName, SealedNationalId nationalId,
            String email, String phone, PostalAddress address, OffsetDateTime now) {
        return new Customer(id, fullName, nationalId, email, phone, address, now);
    }

    /** The last contract ended on {@code endedOn}: a former customer, kept until {@code keptUntil}. */
    public void endRelationship(LocalDate endedOn, LocalDate keptUntil) {
        this.relationshipEndedOn = endedOn;
        this.keptUntil = keptUntil;
    }

    /** A new contract: the customer is a customer again, and nothing is due for deletion. */
    public void resumeRelationship() {
        this.relationshipEndedOn = null;
        this.keptUntil = null;
    }

    public boolean isFormerCustomer() {
        return relationshipEndedOn != null;
    }

    /**
     * Erasure was asked for while a contract keeps the data: remembered until the relationship ends.
     * A later request while one is pending changes nothing; the first one counts.
     */
    public void rememberErasureRequest(OffsetDateTime requestedAt) {
        if (erasureRequestedAt == null) {
            this.erasureRequestedAt = requestedAt;
        }
    }

    /** Whether an erasure request waits for the relationship to end. */
    public boolean hasPendingErasureRequest() {
        return erasureRequestedAt != null;
    }

    /** When the pending erasure request was made, or {@code null} when none waits. */
    public OffsetDateTime erasureRequestedAt() {
        return erasureRequestedAt;
    }

    /**
     * Removes phone number and e-mail address, which carries out a pending erasure request; answers
     * how many values there were.
     */
    public int eraseContactDetails() {
        int erased = contactDetailCount();
        this.email = null;
        this.phone = null;
        this.erasureRequestedAt = null;
        return erased;
    }

    /** How many contact details (phone number, e-mail address) are held. */
    public int contactDetailCount() {
        return (email == null ? 0 : 1) + (phone == null ? 0 : 1);
    }

    public void rectifyName(String fullName) {
        this.fullName = fullName;
    }

    public void rectifyAddress(PostalAddress address) {
        this.address = address;
    }

    public void rectifyPhone(String phone) {
        this.phone = phone;
    }

    public void rectifyEmail(String email) {
        this.email = email;
    }

    /** A corrected number, or the same number sealed again under new keys. */
    public void resealNationalId(SealedNationalId nationalId) {
        this.nationalId = nationalId;
    }

    public UUID id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public SealedNationalId nationalId() {
        return nationalId;
    }

    /** What the population register said at {@code at}; the record itself is never overwritten from it. */
    public void registerChecked(RegisterStatus status, AddressProtection protection, OffsetDateTime at) {
        this.registerStatus = status;
        this.addressProtection = protection;
        this.registerCheckedAt = at;
    }

    /** The address protection the register gave at the last check; NONE before any check. */
    public AddressProtection addressProtection() {
        return addressProtection;
    }

    /** The register's status at the last check, or {@code null} before any check. */
    public RegisterStatus registerStatus() {
        return registerStatus;
    }

    public OffsetDateTime registerCheckedAt() {
        return registerCheckedAt;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public PostalAddress address() {
        return address;
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }

    /** The day the last contract ended, or {@code null} while the customer is one. */
    public LocalDate relationshipEndedOn() {
        return relationshipEndedOn;
    }

    /** The last day a former customer's records are kept, or {@code null} while the customer is one. */
    public LocalDate keptUntil() {
        return keptUntil;
    }
}
