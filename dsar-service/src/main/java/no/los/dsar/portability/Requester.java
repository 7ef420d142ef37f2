package no.los.dsar.portability;

import java.util.Objects;
import java.util.UUID;

import no.los.dsar.DataSubjectRequest;

/**
 * Who asks for a portability export or a transfer: the data subject, who reaches only their own
 * requests; a customer-service agent, who reaches only the requests they registered on a person's
 * behalf; or the privacy officer, who reaches every request. Recorded with every download and
 * transfer by the subject of their token.
 *
 * @param role       in which capacity
 * @param subject    the token's subject
 * @param customerId the data subject's customer id; {@code null} for staff
 */
public record Requester(Role role, String subject, UUID customerId) {

    /** The capacity in which someone asks. */
    public enum Role {
        DATA_SUBJECT,
        AGENT,
        PRIVACY_OFFICER
    }

    public Requester {
        Objects.requireNonNull(role);
        Objects.requireNonNull(subject);
        if ((role == Role.DATA_SUBJECT) != (customerId != null)) {
            throw new IllegalArgumentException("a data subject is a customer, staff are not");
        }
    }

    public static Requester dataSubject(UUID customerId, String subject) {
        return new Requester(Role.DATA_SUBJECT, subject, customerId);
    }

    public static Requester agent(String subject) {
        return new Requester(Role.AGENT, subject, null);
    }

    public static Requester privacyOfficer(String subject) {
        return new Requester(Role.PRIVACY_OFFICER, subject, null);
    }

    /** Whether this requester may reach the request. */
    public boolean reaches(DataSubjectRequest request) {
        return switch (role) {
            case DATA_SUBJECT -> customerId.equals(request.customerId());
            case AGENT -> request.registeredBy().filter(subject::equals).isPresent();
            case PRIVACY_OFFICER -> true;
        };
    }
}
