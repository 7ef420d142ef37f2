package no.los.platform.rights;

import java.util.List;
import java.util.Optional;

import no.los.platform.security.Roles;

/** The mark {@link Restrictions} keeps for a restricted person, as a category of every service's data map. */
public final class RestrictionCategory {

    public static final String NAME = "processing-restriction";

    private static final DataCategory CATEGORY = DataCategory.named(NAME)
            .title("Begrensning av behandlingen")
            .description("At du har bedt om begrenset behandling (artikkel 18), hvilken forespørsel det gjelder og fra "
                    + "når. Så lenge merket står, lagres opplysningene dine, men tjenesten behandler dem ikke videre.")
            .tables("restricted_customer")
            .purposes(ProcessingPurpose.DATA_SUBJECT_RIGHTS)
            .legalBasis(LegalBasis.LEGAL_OBLIGATION)
            .source(DataSource.DATA_SUBJECT)
            .retention("Til begrensningen er opphevet etter at du har fått beskjed, eller til du er slettet etter en "
                    + "forespørsel om sletting.",
                    "RightsProtocol når dsar-service melder at begrensningen er opphevet, og ved sletting")
            .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS)
            .accessRoles(Roles.PRIVACY_OFFICER, Roles.RIGHTS_COLLECTOR)
            .build();

    private RestrictionCategory() {
    }

    public static DataCategory category() {
        return CATEGORY;
    }

    /** The person's mark, if they are restricted, as the records of this category. */
    static AccessPart.CategoryRecords records(Optional<Restrictions.Restriction> restriction) {
        return new AccessPart.CategoryRecords(CATEGORY, restriction.map(mark -> List.of(AccessPart.record(
                "requestId", mark.requestId(), "restrictedAt", mark.restrictedAt()))).orElse(List.of()));
    }
}
