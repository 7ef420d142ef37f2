package no.los.dsar.rights;

import java.util.UUID;

/** A part of an access request was fetched and stored: its report may be complete now. */
public record PartCollected(UUID requestId) {
}
