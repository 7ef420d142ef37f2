package no.los.dsar.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import no.los.dsar.DataSubjectRequest;
import no.los.platform.rights.AccessPart;

/**
 * The answer to an access request (Art. 15, R17, G3), as the person downloads it in JSON: every
 * service's part, each category with its purposes, legal basis, source, recipients, retention and
 * safeguards and all the person's records in it; who the controller is; whether decisions are made
 * about the person automatically; the other rights and where to complain (R23). Its JSON Schema is
 * published at {@code docs/rights/access-report.schema.json}.
 *
 * @param requestId          the access request answered
 * @param customerId         whose data
 * @param requestedAt        when the request was received
 * @param generatedAt        when the report was assembled
 * @param availableUntil     when the report is deleted and can no longer be downloaded
 * @param controller         who is responsible for the processing
 * @param parts              every service's part, by service name
 * @param automatedDecisions whether decisions with legal or similar effect are made automatically (Art. 22)
 * @param complaintsTo       the supervisory authority the person can complain to (Art. 77)
 * @param otherRights        the person's other rights and how to use them
 */
public record AccessReport(UUID requestId, UUID customerId, OffsetDateTime requestedAt, OffsetDateTime generatedAt,
        OffsetDateTime availableUntil, Controller controller, List<AccessPart> parts,
        AutomatedDecisions automatedDecisions, SupervisoryAuthority complaintsTo, List<OtherRight> otherRights) {

    /** The controller (R1): its name, postal address and the address for privacy questions. */
    public record Controller(String name, String postalAddress, String email) {
    }

    /** Where to complain, and the right to do so, in Norwegian. */
    public record SupervisoryAuthority(String name, String postalAddress, String website, String article,
            String description) {
    }

    /** One of the person's rights besides access, in Norwegian. */
    public record OtherRight(String right, String article, String title, String description) {
    }

    /**
     * Whether automated decisions are made (Art. 15(1)(h), 22), read from the categories' declarations.
     *
     * @param made        whether any category is used for them
     * @param categories  the categories used for them, as {@code service/category}
     * @param description what this means for the person, in Norwegian
     */
    public record AutomatedDecisions(boolean made, List<String> categories, String description) {
        public AutomatedDecisions {
            categories = List.copyOf(categories);
        }
    }

    public AccessReport {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(customerId, "customerId");
        parts = List.copyOf(parts);
        otherRights = List.copyOf(otherRights);
    }

    /**
     * The report of a request without the services' parts, which {@link ReportJson} writes into it as
     * they were stored.
     *
     * @param automated the categories, as {@code service/category}, used for automated decisions
     */
    public static AccessReport envelope(DataSubjectRequest request, List<String> automated, OffsetDateTime generatedAt,
            OffsetDateTime availableUntil) {
        return new AccessReport(request.id(), request.customerId(), request.receivedAt(), generatedAt, availableUntil,
                RightsNotice.CONTROLLER, List.of(), RightsNotice.automatedDecisions(automated),
                RightsNotice.DATATILSYNET, RightsNotice.OTHER_RIGHTS);
    }
}
