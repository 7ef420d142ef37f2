package no.los.dsar.rights;

import java.util.UUID;

/** A service has answered an access request: its part can be fetched once the answer has committed. */
record PartAnswered(UUID partId) {
}
