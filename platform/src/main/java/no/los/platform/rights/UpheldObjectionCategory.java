package no.los.platform.rights;

import java.util.List;

import no.los.platform.security.Roles;

/** The upheld objections {@link UpheldObjections} keeps, as a category of every service's data map. */
public final class UpheldObjectionCategory {

    public static final String NAME = "upheld-objections";

    private static final DataCategory CATEGORY = DataCategory.named(NAME)
            .title("Protester som er tatt til følge")
            .description("Hvilke protester (artikkel 21) som er tatt til følge, hva de gjelder og fra når, slik at "
                    + "tjenesten ikke behandler opplysningene dine til det du har protestert mot. Selve begrunnelsen "
                    + "din ligger bare i consent-service og dsar-service.")
            .tables("upheld_objection")
            .purposes(ProcessingPurpose.DATA_SUBJECT_RIGHTS)
            .legalBasis(LegalBasis.LEGAL_OBLIGATION)
            .source(DataSource.DATA_SUBJECT)
            .retention("Så lenge protesten står; også etter sletting, så behandlingen ikke tas opp igjen.",
                    "RightsProtocol; beholdes ved hver slettegrunn (OBJECTION_IN_FORCE)")
            .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS)
            .accessRoles(Roles.PRIVACY_OFFICER, Roles.RIGHTS_COLLECTOR)
            .build();

    private UpheldObjectionCategory() {
    }

    public static DataCategory category() {
        return CATEGORY;
    }

    /** The person's upheld objections as the records of this category. */
    static AccessPart.CategoryRecords records(List<UpheldObjections.UpheldObjection> objections) {
        return new AccessPart.CategoryRecords(CATEGORY, objections.stream().map(objection -> AccessPart.record(
                "objectionId", objection.objectionId(), "scope", objection.scope(),
                "effectiveAt", objection.effectiveAt())).toList());
    }
}
