package no.los.platform.accesslog;

import java.util.List;
import java.util.Map;

import no.los.platform.rights.AccessPart;
import no.los.platform.rights.DataCategory;
import no.los.platform.rights.DataSource;
import no.los.platform.rights.LegalBasis;
import no.los.platform.rights.ProcessingPurpose;
import no.los.platform.rights.Safeguard;
import no.los.platform.security.Roles;

/**
 * The access log as a category of every service's data map: the person's access report lists who
 * (by role and pseudonymous id) read or changed their data in each service, when and under which request.
 */
public final class AccessLogCategory {

    public static final String NAME = "access-log";

    private static final DataCategory CATEGORY = DataCategory.named(NAME)
            .title("Tilgangslogg: hvem som har lest og endret opplysningene dine")
            .description("Hver gang en ansatt eller et system hos LOS har lest eller endret opplysninger om deg i "
                    + "denne tjenesten: når, hvilken kategori, om det var lesing eller endring, rollen og en pseudonym "
                    + "identifikator for den som gjorde det (aldri navnet), og hvilken henvendelse det gjaldt.")
            .tables("access_log_entry")
            .purposes(ProcessingPurpose.ACCESS_CONTROL)
            .legalBasis(LegalBasis.LEGAL_OBLIGATION)
            .source(DataSource.DERIVED)
            .retention("Tre år fra hver oppføring (den alminnelige foreldelsesfristen, foreldelsesloven § 2), "
                    + "deretter slettes den.", "AccessLogSweep, daglig (los.access-log.keep)")
            .safeguards(Safeguard.APPEND_ONLY, Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS)
            .accessRoles(Roles.PRIVACY_OFFICER, Roles.RIGHTS_COLLECTOR)
            .build();

    private AccessLogCategory() {
    }

    public static DataCategory category() {
        return CATEGORY;
    }

    /** The person's access-log entries as the records of this category in their access part. */
    public static AccessPart.CategoryRecords records(List<AccessLogEntry> entries) {
        List<Map<String, Object>> rows = entries.stream().map(entry -> AccessPart.record(
                "loggedAt", entry.loggedAt(),
                "actor", entry.actorSubject(),
                "roles", entry.actorRoles(),
                "category", entry.category(),
                "operation", entry.operation(),
                "request", entry.requestRef())).toList();
        return new AccessPart.CategoryRecords(CATEGORY, rows);
    }
}
