package no.los.platform.accesslog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One entry of the access log: who (a token's subject and roles, never a name) did what to whose data.
 *
 * @param requestRef the data-subject request the call served, or else the HTTP request's id
 */
public record AccessLogEntry(@Schema(minimum = "1", maximum = "9223372036854775807") long seq, OffsetDateTime loggedAt,
        @Schema(maxLength = MAX_SUBJECT, description = "The token's subject, as the identity provider names it") String actorSubject,
        @Schema(maxLength = MAX_ROLES, description = "The token's roles, comma-separated") String actorRoles,
        UUID customerId,
        @Schema(maxLength = MAX_CATEGORY, pattern = "^" + CATEGORIES + "$",
                description = "The data categories, comma-separated") String category,
        @Schema(enumeration = { "READ", "SEARCH", "CHANGE", "DELETE" }) String operation,
        @Schema(maxLength = MAX_REQUEST_REF, pattern = "^(request:[0-9a-f-]{36}|http:[A-Za-z0-9._-]{1,64})$") String requestRef) {

    /** What the log keeps of a subject, roles and category at most ({@link AccessLog#append} cuts or refuses longer). */
    public static final int MAX_SUBJECT = 255;
    public static final int MAX_ROLES = 1000;
    public static final int MAX_CATEGORY = 200;
    /** One or more kebab-case category names, comma-separated. */
    public static final String CATEGORIES = "[a-z]+(-[a-z]+)*(,[a-z]+(-[a-z]+)*)*";
    public static final int MAX_REQUEST_REF = 72;
    /** The operation of a search that found the person. */
    public static final String SEARCH = "SEARCH";
}
