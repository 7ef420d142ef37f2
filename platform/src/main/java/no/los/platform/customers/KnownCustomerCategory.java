package no.los.platform.customers;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import no.los.platform.rights.AccessPart;
import no.los.platform.rights.DataCategory;
import no.los.platform.rights.DataSource;
import no.los.platform.rights.LegalBasis;
import no.los.platform.rights.ProcessingPurpose;
import no.los.platform.rights.Safeguard;
import no.los.platform.security.Roles;

/** The register of {@link KnownCustomers} as a category of the data map of a service that keeps it. */
public final class KnownCustomerCategory {

    public static final String NAME = "known-customer";

    private static final DataCategory CATEGORY = DataCategory.named(NAME)
            .title("At du er kunde hos LOS")
            .description("Kunde-ID-en din og når du ble registrert som kunde, slik kunderegisteret meldte det. "
                    + "Tjenesten bruker det bare til å avvise henvendelser om personer som ikke er kunder.")
            .tables("known_customer")
            .purposes(ProcessingPurpose.CUSTOMER_RELATIONSHIP)
            .legalBasis(LegalBasis.CONTRACT)
            .source(DataSource.DERIVED)
            .retention("Til du er slettet som kunde etter en forespørsel om sletting.",
                    "RightsProtocol når tjenesten sletter etter forespørselen; i dsar-service når customer-service "
                            + "har bekreftet slettingen")
            .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS)
            .accessRoles(Roles.PRIVACY_OFFICER, Roles.RIGHTS_COLLECTOR)
            .build();

    private KnownCustomerCategory() {
    }

    public static DataCategory category() {
        return CATEGORY;
    }

    /** The person's row, if the service knows them, as the records of this category. */
    public static AccessPart.CategoryRecords records(Optional<OffsetDateTime> registeredAt) {
        return new AccessPart.CategoryRecords(CATEGORY,
                registeredAt.map(at -> List.of(AccessPart.record("registeredAt", at))).orElse(List.of()));
    }
}
