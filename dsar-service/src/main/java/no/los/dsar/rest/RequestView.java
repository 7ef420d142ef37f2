package no.los.dsar.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.DataSubjectRequest.Status;
import no.los.dsar.DataSubjectRequest.SubmittedBy;
import no.los.dsar.RequestChannel;
import no.los.dsar.RequestType;

public record RequestView(UUID id, UUID customerId, RequestType type, RequestChannel channel, SubmittedBy submittedBy,
        OffsetDateTime receivedAt,
        @Schema(description = "The last day of the statutory month (Europe/Oslo)") LocalDate dueOn,
        Status status,
        @Schema(description = "Where the data subject can complain") String complaintsTo) {

    static final String DATATILSYNET = "Datatilsynet, www.datatilsynet.no";

    static RequestView of(DataSubjectRequest request) {
        return new RequestView(request.id(), request.customerId(), request.type(), request.channel(),
                request.submittedBy(), request.receivedAt(), request.dueOn(), request.status(), DATATILSYNET);
    }
}
