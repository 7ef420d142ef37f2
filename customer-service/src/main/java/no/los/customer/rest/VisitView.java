package no.los.customer.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.visitor.Visit;

@Schema(description = "A visit to the office, as reception registered it")
public record VisitView(UUID id, @Schema(maxLength = Visit.MAX_NAME) String fullName, OffsetDateTime arrivedAt,
        @Schema(description = "null while the visitor is in the building") OffsetDateTime departedAt,
        @Schema(description = "The last day the visit is kept; deleted the day after") LocalDate keptUntil) {

    static VisitView of(Visit visit) {
        return new VisitView(visit.id(), visit.fullName(), visit.arrivedAt(), visit.departedAt(), visit.keptUntil());
    }
}
