package no.los.dsar.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.Objected;
import no.los.dsar.ObjectionScope;

@Schema(description = "What an OBJECTION request objects to. Grounds, the person's particular situation, are required "
        + "for every scope but DIRECT_MARKETING")
public record ObjectionBody(
        @NotNull @Schema(example = "PEER_COMPARISON") ObjectionScope scope,
        @Size(max = Objected.MAX_GROUNDS) @Schema(example = "Vi er to som jobber hjemmefra; sammenligningen gir et "
                + "feil bilde av oss.") String grounds) {

    Objected objected() {
        return new Objected(scope, grounds);
    }

    /** The objection a request body carries, if any. */
    static Objected of(ObjectionBody body) {
        return body == null ? null : body.objected();
    }
}
