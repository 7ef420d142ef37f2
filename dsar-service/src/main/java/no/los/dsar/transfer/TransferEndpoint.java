package no.los.dsar.transfer;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import no.los.dsar.processors.OrganisationNumber;
import no.los.platform.problem.InvalidInputException;

/**
 * A controller on the privacy officer's allow-list, to whom a person may have their export sent
 * directly (Art. 20(2)): its name, its organisation number when it has one, and the HTTPS URL where
 * it accepts exports. Life cycle: added, changed, deactivated (no more transfers go there) and
 * activated again; removed only while no transfer has gone to it, since the transfers are the
 * record of where data went.
 */
@Entity
@Table(name = "transfer_endpoint")
public class TransferEndpoint {

    /** The longest organisation name taken. */
    public static final int MAX_NAME = 200;

    @Id
    private UUID id;

    @Column(name = "organisation_name", nullable = false)
    private String organisationName;

    @Column(name = "organisation_number")
    private String organisationNumber;

    @Column(name = "url", nullable = false)
    private String url;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected TransferEndpoint() {
    }

    /** What the privacy officer says of a receiver. */
    public record Description(String organisationName, OrganisationNumber organisationNumber, ReceiverUrl url,
            boolean active) {

        public Description {
            if (organisationName == null || organisationName.isBlank()) {
                throw new InvalidInputException("organisationName", "must not be blank");
            }
            if (organisationName.length() > MAX_NAME) {
                throw new InvalidInputException("organisationName", "must be at most " + MAX_NAME + " characters");
            }
            organisationName = organisationName.strip();
        }
    }

    static TransferEndpoint add(Description description, OffsetDateTime at) {
        TransferEndpoint endpoint = new TransferEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.createdAt = at;
        endpoint.describe(description, at);
        return endpoint;
    }

    void describe(Description description, OffsetDateTime at) {
        organisationName = description.organisationName();
        organisationNumber = description.organisationNumber() == null ? null : description.organisationNumber().digits();
        url = description.url().toString();
        active = description.active();
        updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public String organisationName() {
        return organisationName;
    }

    public Optional<String> organisationNumber() {
        return Optional.ofNullable(organisationNumber);
    }

    public URI url() {
        return URI.create(url);
    }

    /** Whether transfers may go there now. */
    public boolean isActive() {
        return active;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
