package no.los.dsar.records;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The controller as the privacy policy names it (R1): LOS AS, by its CEO, who has delegated the
 * daily processing to the head of sales and customer service (the tasks, not the responsibility);
 * questions go to personvern@los.no, and further ones to the Agder Energi group's data protection
 * officer. Roles, not names: the records name who holds the office, whoever that is. In Norwegian,
 * as the records of processing show it.
 *
 * @param name                        the controller
 * @param postalAddress               where it is reached by post
 * @param email                       where requests about personal data go
 * @param representedBy               who represents it as controller
 * @param dailyProcessingDelegatedTo  who carries out the daily processing on its behalf
 * @param delegation                  what the delegation covers
 * @param dataProtectionOfficer       its data protection officer
 * @param dataProtectionOfficerEmail  where the data protection officer is reached
 */
public record Controller(@Schema(maxLength = MAX_TEXT) String name, @Schema(maxLength = MAX_TEXT) String postalAddress,
        @Schema(maxLength = MAX_TEXT) String email, @Schema(maxLength = MAX_TEXT) String representedBy,
        @Schema(maxLength = MAX_TEXT) String dailyProcessingDelegatedTo, @Schema(maxLength = MAX_TEXT) String delegation,
        @Schema(maxLength = MAX_TEXT) String dataProtectionOfficer,
        @Schema(maxLength = MAX_TEXT) String dataProtectionOfficerEmail) {

    /** The longest of its texts. */
    public static final int MAX_TEXT = 200;


    /**
     * LOS AS, as its privacy policy states. The policy gives the group data protection officer's own
     * e-mail address; the records name the office and reach it through personvern@los.no, so that
     * they do not go stale with a change of person.
     */
    public static final Controller LOS = new Controller(
            "LOS AS",
            "Postboks 603 Lundsiden, 4606 Kristiansand",
            "personvern@los.no",
            "Administrerende direktør",
            "Leder for salg og kundeservice (salgs- og kundeservicesjef)",
            "Delegeringen omfatter bare oppgavene, ikke ansvaret.",
            "Agder Energi-konsernets personvernombud",
            "personvern@los.no");
}
