package no.los.platform.accesslog;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One entry of the access log: who (a token's subject and roles, never a name) did what to whose data.
 *
 * @param requestRef the data-subject request the call served, or else the HTTP request's id
 */
public record AccessLogEntry(long seq, OffsetDateTime loggedAt, String actorSubject, String actorRoles, UUID customerId,
        String category, String operation, String requestRef) {
}
