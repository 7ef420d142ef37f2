package no.los.dsar.rest;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.transfer.TransferEndpoint;

@Schema(description = "A controller the customer may have their export sent to")
public record ReceiverView(UUID id, String organisationName,
        @Schema(description = "Null when it has none") String organisationNumber) {

    static ReceiverView of(TransferEndpoint endpoint) {
        return new ReceiverView(endpoint.id(), endpoint.organisationName(), endpoint.organisationNumber().orElse(null));
    }
}
