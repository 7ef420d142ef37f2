package no.los.consent.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consent.Channel;
import no.los.consent.Objection;
import no.los.consent.ObjectionScope;

/**
 * An objection as the customer and staff see it. {@code effectiveAt} is set once it is upheld;
 * {@code grounds} is null when none were given, after an erasure request cleared them, or when a data
 * subject request made the objection ({@code requestId}): its grounds are kept with the request in
 * dsar-service.
 */
public record ObjectionView(UUID id, UUID customerId, ObjectionScope scope, Channel channel, Objection.Status status,
        @Schema(maxLength = Objection.MAX_GROUNDS) String grounds, OffsetDateTime registeredAt, OffsetDateTime effectiveAt,
        OffsetDateTime decidedAt, @Schema(maxLength = Objection.MAX_REASON) String decisionReason,
        @Schema(description = "The data subject request that made the objection, if one did") UUID requestId) {

    static ObjectionView of(Objection objection) {
        return new ObjectionView(objection.id(), objection.customerId(), objection.scope(), objection.channel(),
                objection.status(), objection.grounds(), objection.registeredAt(), objection.effectiveAt(),
                objection.decidedAt(), objection.decisionReason(), objection.requestId().orElse(null));
    }
}
