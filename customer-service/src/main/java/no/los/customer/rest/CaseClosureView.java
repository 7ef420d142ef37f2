package no.los.customer.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.interaction.CaseReference;
import no.los.customer.interaction.CustomerCase;

@Schema(description = "A closed case: its interactions are kept through keptUntil, then deleted")
public record CaseClosureView(@Schema(maxLength = CaseReference.MAX_LENGTH) String caseReference, LocalDate closedOn,
        LocalDate keptUntil) {

    static CaseClosureView of(CustomerCase customerCase) {
        return new CaseClosureView(customerCase.reference().value(), customerCase.closedOn(), customerCase.keptUntil());
    }
}
