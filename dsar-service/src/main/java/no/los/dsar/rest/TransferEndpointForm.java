package no.los.dsar.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.processors.OrganisationNumber;
import no.los.dsar.transfer.ReceiverUrl;
import no.los.dsar.transfer.TransferEndpoint;
import no.los.dsar.transfer.TransferEndpoint.Description;

@Schema(description = "A receiving controller on the allow-list")
public record TransferEndpointForm(
        @Size(max = TransferEndpoint.MAX_NAME) @Schema(example = "Kraftkompaniet AS") String organisationName,
        @Size(max = OrganisationNumber.LENGTH) @Schema(description = "Nine digits with a valid control digit; optional",
                example = "923609016", pattern = OrganisationNumber.PATTERN) String organisationNumber,
        @Size(max = ReceiverUrl.MAX_LENGTH) @Schema(description = "Where it accepts exports; https only",
                example = "https://mottak.kraftkompaniet.no/portability") String url,
        @NotNull @Schema(description = "Whether transfers may go there now") Boolean active) {

    Description description() {
        return new Description(organisationName, organisationNumber == null || organisationNumber.isBlank() ? null
                : new OrganisationNumber(organisationNumber.strip()),
                ReceiverUrl.parse(url), active);
    }
}
