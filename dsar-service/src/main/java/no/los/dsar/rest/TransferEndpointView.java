package no.los.dsar.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.processors.OrganisationNumber;
import no.los.dsar.transfer.ReceiverUrl;
import no.los.dsar.transfer.TransferEndpoint;

@Schema(description = "A receiving controller on the allow-list")
public record TransferEndpointView(UUID id, @Schema(maxLength = TransferEndpoint.MAX_NAME) String organisationName,
        @Schema(description = "Null when it has none", maxLength = OrganisationNumber.LENGTH,
                pattern = OrganisationNumber.PATTERN) String organisationNumber,
        @Schema(maxLength = ReceiverUrl.MAX_LENGTH) String url, boolean active,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static TransferEndpointView of(TransferEndpoint endpoint) {
        return new TransferEndpointView(endpoint.id(), endpoint.organisationName(),
                endpoint.organisationNumber().orElse(null), endpoint.url().toString(), endpoint.isActive(),
                endpoint.createdAt(), endpoint.updatedAt());
    }
}
