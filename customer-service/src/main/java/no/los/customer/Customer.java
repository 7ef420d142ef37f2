package no.los.customer;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A customer of LOS: the person behind one or more contracts. Registered by customer service (the
 * policy's "ved registrering"), identified across the suite only by its opaque {@link #id()}; the
 * national ID number is held encrypted and found by keyed hash, never stored in the clear.
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    private UUID id;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "national_id_encrypted", nullable = false)
    private byte[] nationalIdEncrypted;

    @Column(name = "national_id_lookup", nullable = false, unique = true)
    private byte[] nationalIdLookup;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "phone", nullable = false)
    private String phone;

    @Embedded
    private PostalAddress address;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    protected Customer() {
    }

    Customer(UUID id, String fullName, byte[] nationalIdEncrypted, byte[] nationalIdLookup, String email,
            String phone, PostalAddress address, OffsetDateTime registeredAt) {
        this.id = id;
        this.fullName = fullName;
        this.nationalIdEncrypted = nationalIdEncrypted;
        this.nationalIdLookup = nationalIdLookup;
        this.email = email;
        this.phone = phone;
        this.address = address;
        this.registeredAt = registeredAt;
    }

    public static Customer register(String fullName, byte[] nationalIdEncrypted, byte[] nationalIdLookup,
            String email, String phone, PostalAddress address, OffsetDateTime now) {
        return new Customer(UUID.randomUUID(), fullName, nationalIdEncrypted, nationalIdLookup, email, phone,
                address, now);
    }

    public UUID id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public byte[] nationalIdEncrypted() {
        return nationalIdEncrypted;
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
}
