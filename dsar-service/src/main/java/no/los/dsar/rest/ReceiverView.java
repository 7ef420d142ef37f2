package no.los.dsar.rest;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.processors.OrganisationNumber;
import no.los.dsar.transfer.TransferEndpoint;

@Schema(description = "A controller the customer may have their export sent to")
public record ReceiverView(UUID id, @Schema(maxLength = TransferEndpoint.MAX_NAME) String organisationName,
        @Schema(description = "Null when it has none", maxLength = OrganisationNumber.LENGTH,
                pattern = OrganisationNumber.PATTERN) String organisationNumber) {

    static ReceiverView of(TransferEndpoint endpoint) {
        return new ReceiverView(endpoint.id(), endpoint.organisationName(), endpoint.organisationNumber().orElse(null));
    }
}
